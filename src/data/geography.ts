/**
 * The geography behind `<hohhot-region-map>`: where the four cities are, the
 * links between them the paper names, and the directions of the wider
 * cooperation it names.
 *
 * COORDINATES ARE NOT FIGURES OF THE PAPER. The paper gives no coordinates:
 * the latitudes and longitudes below are general geographic knowledge (city
 * centres, rounded to 0.01°), used only to place the cities at their true
 * relative positions on a schematic map. Everything else here (which links
 * exist, which the paper calls to speed up, which directions cooperation takes) is the
 * paper's, with the section and reference where it says so.
 */
import * as v from 'valibot';
import { CITY_IDS, ProvenanceSchema, TextSchema, textField, type CityId } from './schema.js';

export const LatLonSchema = v.object({
  /** Degrees north. */
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  /** Degrees east. */
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});
export type LatLon = v.InferOutput<typeof LatLonSchema>;

export const LINK_MODES = ['rail', 'road'] as const;
export type LinkMode = (typeof LINK_MODES)[number];
/** `in-service`: running (一(二)); `speed-up`: the paper calls to speed up its construction (三(二) 加快…建设), never "planned". */
export const LINK_STATUSES = ['in-service', 'speed-up'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** A transport link the paper names, drawn as a line through `cities` in order. */
export const LinkSchema = v.object({
  id: textField(),
  label: TextSchema,
  mode: v.picklist(LINK_MODES),
  /** `in-service` (drawn solid) or `speed-up`, the paper's call to speed up construction (drawn dashed or dotted). */
  status: v.picklist(LINK_STATUSES),
  /** The cities the line links, in drawing order (a schematic, not the alignment). */
  cities: v.pipe(v.array(v.picklist(CITY_IDS)), v.minLength(2)),
  description: TextSchema,
  ...ProvenanceSchema.entries,
});
export type Link = v.InferOutput<typeof LinkSchema>;

/**
 * A direction of the wider cooperation, drawn as an arrow off the map edge:
 * a direction, never a route.
 */
export const DirectionSchema = v.object({
  id: textField(),
  label: TextSchema,
  /** Where the arrow points, in words ("towards Beijing", "north, to Mongolia and Russia"). */
  toward: TextSchema,
  description: TextSchema,
  /** A place the arrow points at (its bearing is computed on the map), or… */
  target: v.optional(LatLonSchema),
  /** …a compass bearing in degrees clockwise from north, where there is no single place. */
  bearing: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(360))),
  ...ProvenanceSchema.entries,
  /** Further places in the paper that name this direction. */
  alsoAt: v.optional(v.array(ProvenanceSchema)),
});
export type Direction = v.InferOutput<typeof DirectionSchema>;

export const GeographySchema = v.object({
  cities: v.object({ hohhot: LatLonSchema, baotou: LatLonSchema, ordos: LatLonSchema, ulanqab: LatLonSchema }),
  links: v.array(LinkSchema),
  directions: v.array(DirectionSchema),
  /** Hohhot as the hub between North China and Northwest China (abstract). */
  hub: v.object({ west: TextSchema, east: TextSchema, label: TextSchema, description: TextSchema, ...ProvenanceSchema.entries }),
  /**
   * Which cities each mechanism, result area and example of
   * `mechanisms.ts` involves, by its id, as the paper states it.
   */
  participants: v.record(v.string(), v.array(v.picklist(CITY_IDS))),
});
export type Geography = v.InferOutput<typeof GeographySchema>;

const ALL: CityId[] = ['hohhot', 'baotou', 'ordos', 'ulanqab'];

/** The region map's geography. Coordinates: general knowledge, NOT from the paper (see the file comment). */
export const geography: Geography = {
  cities: {
    // City centres; Ordos is its seat Kangbashi, Ulanqab its seat Jining.
    hohhot: { lat: 40.84, lon: 111.75 },
    baotou: { lat: 40.66, lon: 109.84 },
    ordos: { lat: 39.61, lon: 109.78 },
    ulanqab: { lat: 41.03, lon: 113.13 },
  },
  links: [
    {
      id: 'hohhot-baotou-hsr',
      label: { zh: '呼包高铁', en: 'Hohhot–Baotou high-speed railway' },
      mode: 'rail',
      status: 'in-service',
      cities: ['hohhot', 'baotou'],
      description: {
        zh: '已开通运营，极大地缩短了两地之间的时空距离。',
        en: 'In service; it has greatly shortened travel between the two cities.',
      },
      section: '1.2',
      refs: [2],
    },
    {
      id: 'hbou-hsr',
      label: { zh: '呼包鄂乌高铁', en: 'Hohhot–Baotou–Ordos–Ulanqab high-speed rail' },
      mode: 'rail',
      status: 'speed-up',
      cities: ['ulanqab', 'hohhot', 'baotou', 'ordos'],
      description: {
        zh: '论文建议加快建设，以缩短城市之间的时空距离。',
        en: 'The paper calls for faster construction, to bring the cities closer together.',
      },
      section: '3.2',
      refs: [7],
    },
    {
      id: 'hbou-expressways',
      label: { zh: '呼包鄂乌高速公路', en: 'Hohhot–Baotou–Ordos–Ulanqab expressways' },
      mode: 'road',
      status: 'speed-up',
      cities: ['ulanqab', 'hohhot', 'baotou', 'ordos'],
      description: {
        zh: '论文建议加快建设，提高交通效率。',
        en: 'The paper calls for faster construction, to make transport more efficient.',
      },
      section: '3.2',
      refs: [7],
    },
  ],
  directions: [
    {
      id: 'beijing',
      label: { zh: '北京', en: 'Beijing' },
      toward: { zh: '东南偏东，通往北京', en: 'east-southeast, towards Beijing' },
      description: { zh: '京蒙协作机制', en: 'Beijing–Inner Mongolia cooperation mechanism' },
      // General knowledge, like the city coordinates: Beijing's centre.
      target: { lat: 39.9, lon: 116.41 },
      section: '1.2',
      refs: [],
    },
    {
      id: 'cmrec',
      label: { zh: '中蒙俄经济走廊', en: 'China–Mongolia–Russia Economic Corridor' },
      toward: { zh: '向北，通往蒙古国和俄罗斯', en: 'north, towards Mongolia and Russia' },
      description: {
        zh: '论文建议积极参与“一带一路”及中蒙俄经济走廊建设，加强与蒙古国、俄罗斯等国家的经贸合作。',
        en: 'The paper proposes that Hohhot take an active part in the Belt and Road Initiative and the China–Mongolia–Russia Economic Corridor, and deepen economic ties with Mongolia, Russia and other countries.',
      },
      // Mongolia and Russia lie to the north of Hohhot: a direction, not the corridor's route.
      bearing: 0,
      section: '3.4',
      refs: [],
    },
    {
      id: 'china-europe-railway',
      label: { zh: '中欧班列', en: 'China–Europe Railway Express' },
      toward: { zh: '西北方向，通往欧洲', en: 'north-west, towards Europe' },
      description: {
        zh: '论文建议推动中欧班列与航空货运等运输方式有机衔接，并参与中欧班列等基础设施的建设和维护。',
        en: 'The paper proposes linking the China–Europe Railway Express with air freight and other modes, and helping to build and maintain its infrastructure.',
      },
      // Europe lies north-west of Hohhot (the great-circle bearing to Moscow is
      // about 315°): a direction, not the trains' route.
      bearing: 315,
      section: '3.4',
      refs: [],
      // 三(二) 3 links the trains with air freight; 三(四) 2 builds and maintains them.
      alsoAt: [{ section: '3.2', refs: [] }],
    },
  ],
  hub: {
    west: { zh: '西北地区', en: 'Northwest China' },
    east: { zh: '华北地区', en: 'North China' },
    label: { zh: '呼和浩特：连接华北和西北的枢纽', en: 'Hohhot: the hub between them' },
    description: {
      zh: '呼和浩特地处中国北部边疆，是连接华北和西北地区的重要枢纽。',
      en: 'Hohhot lies in China’s northern border region and is an important hub connecting North China and Northwest China.',
    },
    section: 'abstract',
    refs: [],
  },
  participants: {
    // 一(二): the integration mechanism and the three result areas are the four
    // cities'; the Beijing–Inner Mongolia mechanism is named as Hohhot's; the
    // examples name Hohhot and Baotou.
    'hbeu-integration': ALL,
    'beijing-inner-mongolia': ['hohhot'],
    transport: ALL,
    'hohhot-baotou-hsr': ['hohhot', 'baotou'],
    industry: ALL,
    'new-energy-baotou': ['hohhot', 'baotou'],
    'public-services': ALL,
    'health-education-jobs': ['hohhot', 'baotou'],
  },
};

/** Validates a geography (used by the tests to keep this file honest). */
export function isGeography(input: unknown): input is Geography {
  return v.safeParse(GeographySchema, input).success;
}
