/**
 * The fixed lists the datasets draw from (sections of the paper, units, city
 * ids, link kinds) and the limits on given data. Plain constants with no
 * validation code, so that a widget can use them without loading the
 * validator (src/data/validate.ts), which is fetched only when a page gives
 * `data` or `src`.
 */

export const SECTION_IDS = [
  'abstract', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3',
  '3', '3.1', '3.2', '3.3', '3.4', '3.5', '4',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const UNITS = ['yi-yuan', 'percent', 'pp', 'projects', 'enterprises'] as const;
export type Unit = (typeof UNITS)[number];

export const BOUNDS = ['exact', 'more-than', 'at-least'] as const;
export type Bound = (typeof BOUNDS)[number];

export const CITY_IDS = ['hohhot', 'baotou', 'ordos', 'ulanqab'] as const;
export type CityId = (typeof CITY_IDS)[number];

export const LINK_MODES = ['rail', 'road'] as const;
export type LinkMode = (typeof LINK_MODES)[number];
/** `in-service`: running (一(二)); `speed-up`: the paper calls to speed up its construction (三(二) 加快…建设), never "planned". */
export const LINK_STATUSES = ['in-service', 'speed-up'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/**
 * The longest text a field accepts, in characters: twice the longest text of
 * the paper's datasets (the English abstract, under 900), far below what
 * would slow the page's layout down.
 */
export const MAX_TEXT_LENGTH = 2000;

/** The most items a list of figures accepts: more than a chart can draw legibly. */
export const MAX_ITEMS = 100;
