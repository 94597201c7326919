import { geography } from '../../data/geography.js';
import type { CityId } from '../../data/ids.js';
import type { CitiesDataset, City, Provenance, Text } from '../../data/schema.js';
import type { CoreStrings } from '../../core/i18n/strings.js';
import type { Compass, PickText } from './layout.js';
import type { RegionMapMessages } from './region-map.strings.js';

/**
 * What `<hohhot-region-map>` says about a city, as pure functions of the
 * cities dataset (and, for the sentences, the messages of a language): no
 * DOM, no Lit.
 */

/** The name of an industry of the dataset; its id when the dataset does not list it. */
export function industryName(data: CitiesDataset, id: string): Text {
  return data.industries.find((i) => i.id === id)?.label ?? { zh: id, en: id };
}

/** The industries a partner city cooperates with Hohhot in, in the paper's order, each with where the paper says so. */
export function cooperation(data: CitiesDataset, partner: CityId): { industry: Text; at: Provenance[] }[] {
  const out = new Map<string, Provenance[]>();
  for (const o of data.opportunities.filter((x) => x.city === partner)) {
    out.set(o.industry, [...(out.get(o.industry) ?? []), o]);
  }
  return [...out].map(([id, at]) => ({ industry: industryName(data, id), at }));
}

/** Whether a city takes part in a cooperation mechanism, result or example (by its id in `geography.participants`). */
export function involved(id: string, city: CityId): boolean {
  return (geography.participants[id] ?? []).includes(city);
}

/**
 * A city as one sentence of the map's text alternative: where it lies, its
 * industries, and its cooperation with Hohhot (for Hohhot, with each partner).
 */
export function citySentence(
  data: CitiesDataset,
  shape: { city: City; compass: Compass | null },
  m: RegionMapMessages,
  c: Pick<CoreStrings, 'listSep' | 'clauseSep' | 'fullStop'>,
  text: PickText,
): string {
  const { city } = shape;
  const hohhot = city.id === 'hohhot';
  const where = shape.compass ? m.relative(m.compass[shape.compass]) : m.capital;
  const leads = city.leads.map((id) => text(industryName(data, id))).join(c.listSep);
  const parts = [where, ...(leads ? [hohhot ? m.strengthsText(leads) : m.leadsText(leads)] : [])];
  const partners = hohhot ? data.cities.filter((p) => p.id !== 'hohhot') : [city];
  for (const p of partners) {
    const items = cooperation(data, p.id).map((x) => text(x.industry));
    if (items.length) parts.push(hohhot ? m.partnerText(text(p.name), items.join(c.listSep)) : m.coopText(items.join(c.listSep)));
  }
  return m.item(text(city.name), parts.join(c.clauseSep)) + c.fullStop;
}
