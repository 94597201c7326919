// Checks of the widget contract that every widget's tests share: `src` that
// fails, invalid `data`, unknown attribute values, the axe matrix over
// languages and themes, and remove/re-add of chart widgets. Each widget's test
// file calls these where it used to spell them out, and keeps what is its own.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { HwElement } from '../src/core/base/base.js';
import type { WidgetErrorDetail } from '../src/core/util/events.js';
import { $, LANGS, THEMES, captureWarnings, chartReady, mount } from './helpers.js';

type Template = ReturnType<typeof html>;
type Widget = HwElement<unknown>;
export type TestLang = (typeof LANGS)[number];
export type TestTheme = (typeof THEMES)[number];

/** The detail of the next `error` event of `el`. */
export async function errorDetail(el: HTMLElement): Promise<WidgetErrorDetail> {
  const e = (await oneEvent(el, 'error')) as unknown as CustomEvent<WidgetErrorDetail>;
  return e.detail;
}

/** The text of the widget's error alert (the alert must be there). */
export function alertText(el: Element): string {
  return $(el, '[role="alert"]')!.textContent ?? '';
}

/** One tick, then the next render: what a change of `lang` needs before the text follows. */
export async function nextRender(el: Widget): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

/**
 * Two tests: `src` that answers 404 gives `{ kind: 'http', status: 404 }` and an
 * alert saying "HTTP 404"; `src` that is malformed JSON (tests/fixtures/malformed.json)
 * gives `kind: 'json'` and an alert saying so in the widget's language.
 * `render(lang, src)` is the widget's markup with that `lang` and `src`.
 */
export function itReportsBadSrc(
  render: (lang: TestLang, src: string) => Template,
  cases: { missing: { lang: TestLang; src: string }; malformed: { lang: TestLang } },
): void {
  it('says when `src` answers 404', async () => {
    const el = await fixture<Widget>(render(cases.missing.lang, cases.missing.src));
    const detail = await errorDetail(el);
    await el.whenLoaded();
    expect(detail).to.include({ kind: 'http', status: 404 });
    expect(alertText(el)).to.contain('HTTP 404');
  });

  it('says when `src` is malformed JSON', async () => {
    const el = await fixture<Widget>(render(cases.malformed.lang, '/tests/fixtures/malformed.json'));
    const detail = await errorDetail(el);
    await el.whenLoaded();
    expect(detail.kind).to.equal('json');
    expect(alertText(el)).to.contain(cases.malformed.lang === 'en' ? 'not valid JSON' : '不是有效的 JSON');
  });
}

/**
 * Sets invalid `data` on a mounted widget: setting does not throw, an `error`
 * and an `hw-error` event say `{ kind: 'invalid-data', path }` to listeners
 * attached just after the setter returned (as React, Vue and the README do),
 * neither reaches `document` or `window` (it does not bubble), and the alert
 * names `path`. `settle` waits for the widget after the event (its next
 * render by default). Returns the alert, for the widget's own further checks.
 */
export async function expectInvalidData<E extends Widget>(
  el: E,
  bad: unknown,
  path: string,
  settle: (el: E) => Promise<unknown> = (x) => x.updateComplete,
): Promise<HTMLElement> {
  const outside: string[] = [];
  const record = (e: Event) => outside.push(`${e.currentTarget === window ? 'window' : 'document'}: ${e.type}`);
  for (const target of [document, window]) for (const type of ['error', 'hw-error']) target.addEventListener(type, record);
  try {
    expect(() => {
      el.data = bad;
    }).not.to.throw();
    // Attached after the setter has returned, in the same task.
    const event = errorDetail(el);
    const typed = oneEvent<CustomEvent<WidgetErrorDetail>>(el, 'hw-error');
    const detail = await event;
    const typedDetail = (await typed).detail;
    await settle(el);
    expect(detail).to.include({ kind: 'invalid-data', path });
    expect(typedDetail).to.deep.equal(detail);
  } finally {
    for (const target of [document, window]) for (const type of ['error', 'hw-error']) target.removeEventListener(type, record);
  }
  expect(outside).to.deep.equal([]);
  const alert = $(el, '[role="alert"]')!;
  expect(alert.textContent).to.contain(path);
  return alert;
}

/** Switches a widget showing an error to Chinese: the alert follows ("数据无效"). */
export async function expectAlertFollowsLang<E extends Widget>(el: E, settle: (el: E) => Promise<unknown> = nextRender): Promise<void> {
  el.lang = 'zh-CN';
  await settle(el);
  expect(alertText(el)).to.contain('数据无效');
}

/**
 * Mounts `template` while capturing console warnings: each of `attrs`
 * (e.g. `theme="sepia"`) is warned about exactly once. Returns the element and
 * all warnings seen, for the widget's checks of the fallback values.
 */
export async function mountWarnedOnce<T extends Widget>(template: Template, ...attrs: string[]): Promise<{ el: T; warnings: string[] }> {
  let el!: T;
  const warnings = await captureWarnings(async () => {
    el = await mount<T>(template);
  });
  for (const attr of attrs) expect(warnings.filter((w) => w.includes(attr))).to.have.length(1);
  return { el, warnings };
}

/** Every combination of one value from each list, in nested-loop order. */
export function cross(...lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((a) => list.map((v) => [...a, v])), [[]]);
}

export interface AxeMatrixOptions<E extends Widget> {
  /** Further attribute values to test under each language and theme; each is named in the test's title after them. */
  variants?: readonly (readonly string[])[];
  /** Values named in the title before the language and theme. */
  prefix?: readonly string[];
  /** The title before the parenthesis; "has no axe violations" by default. */
  title?: string;
  /** Runs after mounting, before the first check. */
  setup?: (el: E, variant: readonly string[]) => Promise<unknown>;
  /** States to check after the first: each step runs, then axe checks again. */
  steps?: readonly ((el: E) => Promise<unknown>)[];
}

/**
 * One test per language × theme (× variant): the widget mounted from
 * `render(lang, theme, variant)` has no axe violations, nor after each step.
 */
export function itHasNoAxeViolations<E extends Widget = Widget>(
  render: (lang: TestLang, theme: TestTheme, variant: readonly string[]) => Template,
  { variants = [[]], prefix = [], title = 'has no axe violations', setup, steps = [] }: AxeMatrixOptions<E> = {},
): void {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const variant of variants) {
        it(`${title} (${[...prefix, lang, theme, ...variant].join(', ')})`, async () => {
          const el = await mount<E>(render(lang, theme, variant));
          if (setup) await setup(el, variant);
          await expect(el).to.be.accessible();
          for (const step of steps) {
            await step(el);
            await expect(el).to.be.accessible();
          }
        });
      }
    }
  }
}

/** A test that the widget from `render()`, given nonsense `data`, shows its error with no axe violations. */
export function itHasNoAxeViolationsShowingAnError<E extends Widget = Widget>(
  render: () => Template,
  settle: (el: E) => Promise<unknown> = (x) => x.updateComplete,
): void {
  it('has no axe violations while showing an error', async () => {
    const el = await mount<E>(render());
    el.data = { nonsense: true };
    await settle(el);
    await expect(el).to.be.accessible();
  });
}

/**
 * Removes and re-adds a chart widget `cycles` times (its first chart drawn):
 * no chart is left while it is out, exactly one after each re-add, and its
 * canvas still has a chart at the end.
 */
export async function expectRemoveReAdd(el: HTMLElement, cycles: number): Promise<void> {
  const { Chart } = await import('chart.js');
  const parent = el.parentElement!;
  for (let i = 0; i < cycles; i++) {
    el.remove();
    expect(Object.keys(Chart.instances)).to.have.length(0);
    const ready = chartReady(el);
    parent.append(el);
    await ready;
    expect(Object.keys(Chart.instances)).to.have.length(1);
  }
  expect(Chart.getChart($(el, 'canvas') as HTMLCanvasElement)).to.exist;
}

/**
 * `auto` follows the host page's `color-scheme`, in every engine: the widget
 * from `render()` (with no `theme`) inside a wrapper whose `color-scheme`
 * becomes `dark`, then `light`, resolves to that theme each time.
 */
export async function expectAutoFollowsPageScheme(render: () => Template): Promise<void> {
  const page = await fixture<HTMLDivElement>(html`<div class="page">${render()}</div>`);
  const el = page.firstElementChild as Widget;
  await el.whenLoaded();
  for (const scheme of ['dark', 'light'] as const) {
    page.style.setProperty('color-scheme', scheme);
    await nextRender(el);
    expect(el.getAttribute('data-hw-theme'), `auto on a page with color-scheme: ${scheme}`).to.equal(scheme);
  }
}
