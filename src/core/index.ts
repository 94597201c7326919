/**
 * hohhot-widgets/core: what a developer needs to build a widget of their own
 * on the library's base classes (see "Building on the core" in
 * CONTRIBUTING.md). The library's own widgets import the modules directly.
 */

// Base classes
/** The base class of every widget: language, theme, `data`/`src` (checked), error alert, source line. */
export { HwElement } from './base/base.js';
/** The base class of a chart widget: view switch, chart, data table, CSV download. */
export { HwChartElement } from './base/chart-element.js';
/** The views of a chart widget, `chart` and `table`, and the detail of `hw-view-change`. */
export { VIEWS, type View, type ViewChangeDetail } from './base/chart-element.js';

// Controllers
/** A widget's dataset: `data`, `src`, their check, fetch, timeout and problem; `kindChanged()` when the default changes. */
export { DatasetController, SRC_TIMEOUT_MS, type DatasetOptions, type DatasetProblem } from './controllers/dataset.js';
/** A polite live region: `say(text)`, rendered by `region()`. */
export { Announcer } from './controllers/announcer.js';
/** The chart's life and keyboard navigation, from one `ChartModel` (what `HwChartElement` uses). */
export { ChartController, type ChartModel, type ChartPoint } from './controllers/chart.js';
/** The language of an element (own `lang`, ancestors', document's), re-rendering on change. */
export { LangController, LANGS, DEFAULT_LANG, type Lang, pick, joinList, resolveLang } from './controllers/lang.js';
/** The colour theme (`auto`, `light`, `dark`) and the `--hw-*` design tokens. */
export { ThemeController, THEMES, type Theme, themeTokens } from './controllers/theme.js';

// Formatting and messages
/** Numbers, figures and units as readers of each language write them (亿元 → CNY billion in English). */
export { formatNumber, formatValue, formatFigure, formatBare, figureParts, unitTitle, plotValue, yuanSize, countWord, type FigureParts } from './i18n/format.js';
/** The core's messages (source line, alerts, view switch, units), one catalog per language. */
export { coreStrings, type CoreMessages, type YuanScale } from './i18n/strings.js';
/** The type of a widget's messages: one catalog per language of `Lang`. */
export type { Catalogs } from './i18n/messages.js';

// Styles and ui fragments
/** The styles every widget adopts (included in `HwElement.styles`). */
export { baseStyles } from './styles/styles.js';
/** An alert box (`role="alert"`, `part="error"`), with an optional action button. */
export { errorAlert, type AlertModel } from './ui/alert.js';
/** Headline figures as cards, with their styles. */
export { figureCards, figureCardStyles, cardProvenance, type FigureCardModel } from './ui/figure-card.js';
/** A compact row of labelled figures, with its styles. */
export { figureList, figureListStyles, type FigureListItem } from './ui/figure-list.js';
/** The accessible data table, and its model (also the CSV's). */
export { dataTable, type TableModel, type TableCell } from './ui/table.js';
/** Where content stands in the paper: the source line, an inline mark, a section label. */
export { sourceLine, sourceText, inlineSource, sectionLabel } from './ui/source.js';

// Utilities
/** Registers a custom element once, harmless when loaded twice. */
export { defineElement } from './util/define.js';
/** An attribute converter for a closed list of values, warning on others. */
export { oneOf } from './util/attributes.js';
/** Fires a library event (`emit`) or a widget's `error` and `hw-error` (`emitError`). */
export { emit, emitError } from './util/events.js';
/** The library's events and their details, as typed in `HTMLElementEventMap`. */
export type { WidgetErrorDetail, HwEventMap, HwEventName, HwEventDetail } from './util/events.js';
/** xAPI statements (without `actor`) for a widget's `hw-xapi` event: the verbs, a statement, a score, activity IRIs. */
export { XAPI_VERBS, XAPI_ACTIVITY_TYPES, XAPI_PROGRESS_EXTENSION, statement, xapiScore, activityIri, partIri } from './util/xapi.js';
export type { XapiStatement, XapiActivity, XapiResult, XapiVerb, XapiLanguageMap } from './util/xapi.js';
/** A widget's `validator` for one of the library's datasets, loaded the first time a page gives data. */
export { lazyValidator, type ValidatorName } from './util/check.js';
/** What a validator returns for a given dataset. */
export type { Validator, Validation, DataProblem } from '../data/problem.js';
/** The library's version. */
export { VERSION } from './util/version.js';
