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
import type { CityId } from './ids.js';
import type { Geography } from './geography-schema.js';

export { LINK_MODES, LINK_STATUSES, type LinkMode, type LinkStatus } from './ids.js';
export type { Direction, Geography, LatLon, Link } from './geography-schema.js';

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
