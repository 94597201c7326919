/**
 * The shape of the region map's geography (src/data/geography.ts), for
 * checking it in tests and for developers who build their own.
 */
import * as v from 'valibot';
import { CITY_IDS, LINK_MODES, LINK_STATUSES } from './ids.js';
import { ProvenanceSchema, TextSchema, textField } from './schema.js';

export const LatLonSchema = v.object({
  /** Degrees north. */
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  /** Degrees east. */
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});
export type LatLon = v.InferOutput<typeof LatLonSchema>;

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

/** Validates a geography (used by the tests to keep this file honest). */
export function isGeography(input: unknown): input is Geography {
  return v.safeParse(GeographySchema, input).success;
}
