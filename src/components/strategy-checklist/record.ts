/** The checklist as a learning record: the xAPI statement of a tick. Pure, no DOM. */
import { type Lang, pick } from '../../core/controllers/lang.js';
import type { Measure } from '../../data/schema.js';
import { XAPI_PROGRESS_EXTENSION, XAPI_VERBS, type XapiStatement, partIri, statement } from '../../core/util/xapi.js';

/**
 * The list `progressed` to `done` of `total` measures: the measure ticked or
 * unticked in `context.contextActivities.other`, `result.completion` when all
 * are ticked, and the progress in per cent (cmi5's extension).
 */
export function progressStatement(
  list: { id: string; title: string },
  measure: Pick<Measure, 'id'> & Partial<Pick<Measure, 'label'>>,
  done: number,
  total: number,
  lang: Lang,
): XapiStatement {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return statement(
    XAPI_VERBS.progressed,
    { objectType: 'Activity', id: list.id, definition: { name: { [lang]: list.title } } },
    lang,
    {
      result: { completion: total > 0 && done === total, extensions: { [XAPI_PROGRESS_EXTENSION]: percent } },
      other: {
        objectType: 'Activity',
        id: partIri(list.id, 'measures', measure.id),
        ...(measure.label ? { definition: { name: { [lang]: pick(measure.label, lang) } } } : {}),
      },
    },
  );
}
