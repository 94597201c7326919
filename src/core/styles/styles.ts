import { css } from 'lit';

/** Styles every widget shares: layout, type, controls, focus, table, legend, source, alert, print. */
export const baseStyles = css`
  :host {
    /* Its own formatting context (as the size container it used to be): a
       float beside it never flows into it. */
    display: flow-root;
    min-inline-size: 0;
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    box-sizing: border-box;
    max-width: 100%;
    background: var(--_hw-bg);
    /* The host page's inherited text properties stop here: only --hw-*
       properties and ::part() change a widget. font-size is the reader's
       default text size (medium: the browser's setting), never the page's:
       neither <html>'s size (a page's 62.5 % "rem trick") nor the size of the
       paragraph or body around the widget. Every length inside is in em of
       this size (or of the element's own, where a rule changes it), so a
       larger text setting enlarges the whole widget and nothing on the page
       shrinks it. */
    color: var(--_hw-text);
    font-family: var(--_hw-font-family);
    font-size: medium;
    font-style: normal;
    font-variant: normal;
    font-weight: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-rendering: auto;
    white-space: normal;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    tab-size: 8;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
    caption-side: top;
    border-collapse: separate;
    border-spacing: 0;
    empty-cells: show;
    list-style: disc outside none;
    quotes: auto;
    cursor: auto;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    /* 'anywhere' also lowers min-content widths, so long compounds such as
       Hohhot–Baotou–Ordos–Ulanqab never push a grid or flex item wider than
       the widget at 320 px or at 200% text size. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Both languages of the paper read left to right, in any page. */
  :host(:not([dir])) {
    direction: ltr;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* The container of the widget's container queries: a box of its own just
     inside the host's border, as wide as the host's content. Not the host
     itself: Firefox ignores contain-intrinsic-size on an element that is also
     a size container, so a widget the loader lays out only near the viewport
     (content-visibility: auto) collapsed to its borders while off screen, and
     the page jumped as the reader scrolled. */
  .hw-container {
    container-type: inline-size;
    /* Inline-size containment makes the widget's own content width zero
       wherever a page sizes it by its content (a flex row, an inline-block,
       a float, a table cell): it shrank to its borders and laid its text out
       one character per line, a million line boxes for a 1 MB text. This is
       the width it takes there instead, never wider than a 320 px screen;
       min-inline-size lets a flex row shrink it further. */
    contain-intrinsic-inline-size: min(40em, calc(100vw - 2em));
    min-inline-size: 0;
  }
  .hw {
    padding: 1em;
  }
  @container (max-width: 420px) {
    .hw {
      padding: 0.75em;
    }
  }
  h2,
  h3 {
    line-height: 1.3;
    /* Lines of even length: no title ends with one character alone on its last line. */
    text-wrap: balance;
  }
  p,
  li {
    text-wrap: pretty;
  }
  /* A section mark such as 二（一） stays on one line (source.ts). */
  .keep {
    white-space: nowrap;
  }
  /* Chinese has no italics: an emphasis that would be slanted stays upright. */
  :lang(zh) em,
  :lang(zh) i,
  .derived-mark:lang(zh) {
    font-style: normal;
  }
  /* Margins in em of the heading's own size: the 0.5em of the widget's text below it. */
  h2 {
    font-size: 1.2em;
    margin: 0 0 calc(0.5em / 1.2);
  }
  h3 {
    font-size: 1.05em;
    margin: 0 0 calc(0.5em / 1.05);
  }
  p {
    margin: 0 0 0.5em;
  }
  .muted {
    color: var(--_hw-muted);
  }
  .note {
    color: var(--_hw-muted);
    font-size: 0.9em;
  }
  /* A paragraph's 0.5em of the widget's text (the rule for p), in a note's 0.9em. */
  :where(p).note {
    margin-bottom: calc(0.5em / 0.9);
  }
  a {
    color: var(--_hw-accent);
  }
  /* The browser's own font-family: monospace would shrink these to 13/16 of
     the widget's text wherever it follows the reader's default size (medium):
     a named stack keeps them at the text's size. */
  code,
  kbd,
  samp,
  pre {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--_hw-surface);
    color: var(--_hw-text);
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    padding: 0.3em 0.75em;
    min-height: 2.25em;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_hw-accent);
    color: var(--_hw-accent-text);
    border-color: var(--_hw-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_hw-focus);
    outline-offset: 2px;
  }
  /* A reference mark, [4]: a button that reads as a link in the text. */
  button.ref {
    background: none;
    border: 0;
    border-radius: 2px;
    padding: 0 0.05em;
    min-height: 0;
    color: var(--_hw-accent);
    text-decoration: underline;
    font-size: inherit;
    line-height: inherit;
    vertical-align: baseline;
  }
  /* Its note: a popover placed beside the mark (reference-note.ts). */
  .ref-note {
    display: none;
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: min(calc(24em / 0.875), calc(100vw - 12px));
    padding: calc(0.5em / 0.875) calc(0.75em / 0.875);
    background: var(--_hw-bg);
    color: var(--_hw-text);
    border: 1px solid var(--_hw-border);
    border-radius: var(--_hw-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-family: var(--_hw-font-family);
    font-size: 0.875em;
    line-height: 1.5;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* Two rules: a browser without popovers drops a selector list with :popover-open whole. */
  .ref-note.is-open {
    display: block;
  }
  .ref-note:popover-open {
    display: block;
  }
  .ref-note p {
    margin: 0;
  }
  .ref-note p + p {
    margin-top: calc(0.35em / 0.875);
  }
  .ref-note-n {
    font-weight: 600;
  }
  /* Named items (policies, fields): a list that reads as text, not as buttons. */
  .tag-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.1em;
    list-style: none;
    margin: 0.25em 0 1em;
    padding: 0;
  }
  .tag-list li::before {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin-inline-end: 0.45em;
    vertical-align: 0.15em;
    background: var(--_hw-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0.5em 0 0.75em;
  }
  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  /* .print-visible: hidden like .visually-hidden on screen (still read by
     screen readers), shown in print, e.g. a chart's or a map's text version. */
  .visually-hidden,
  .print-visible {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 0.5em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  /* Inside the table: em of its 0.95em. */
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(0.25em / 0.95);
  }
  th,
  td {
    text-align: start;
    padding: calc(0.35em / 0.95) calc(0.5em / 0.95);
    border-bottom: 1px solid var(--_hw-border);
    vertical-align: top;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.num {
    white-space: nowrap;
  }
  td,
  tbody th {
    /* Cells size by whole words ('Imports' never becomes 'Impor ts'); a table
       too wide for a 320 px column scrolls inside its wrapper, as WCAG's
       reflow criterion allows for data tables, and the page never does. */
    overflow-wrap: break-word;
  }
  thead th {
    /* Headings break between words, or hyphenated where the language allows
       ('Share' never becomes 'Sha/re'); a table still too wide scrolls in its wrapper. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  @container (max-width: 420px) {
    /* Inside the table: em of its 0.875em. */
    table {
      font-size: 0.875em;
    }
    caption {
      padding-bottom: calc(0.25em / 0.875);
    }
    th,
    td {
      padding: calc(0.3em / 0.875) calc(0.25em / 0.875);
    }
  }
  .source {
    margin: calc(0.75em / 0.85) 0 0;
    padding-top: calc(0.5em / 0.85);
    border-top: 1px solid var(--_hw-border);
    font-size: 0.85em;
    color: var(--_hw-muted);
  }
  .source .source-label {
    font-weight: 600;
  }
  /* Where an item stands in the paper (core/source.ts inlineSource). */
  .sec {
    color: var(--_hw-muted);
    font-size: 0.85em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25em / 0.9) calc(1em / 0.9);
    list-style: none;
    padding: 0;
    margin: 0 0 calc(0.5em / 0.9);
    font-size: 0.9em;
  }
  /* Inside the legend: em of its 0.9em. */
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(0.4em / 0.9);
  }
  .swatch {
    display: inline-block;
    flex-shrink: 0;
    /* In the legend (0.9em): the widget's 0.9em. */
    width: 1em;
    height: 1em;
    border-radius: 2px;
    border: 1px solid var(--_hw-text);
  }
  /* Tints of a slot's colour (chart.ts TINTS): the background laid over it, 35 % and 60 %. */
  .swatch.tint1 {
    background-image: linear-gradient(color-mix(in srgb, var(--_hw-bg) 35%, transparent), color-mix(in srgb, var(--_hw-bg) 35%, transparent));
  }
  .swatch.tint2 {
    background-image: linear-gradient(color-mix(in srgb, var(--_hw-bg) 60%, transparent), color-mix(in srgb, var(--_hw-bg) 60%, transparent));
  }
  .s1 { background: var(--_hw-series-1); }
  .s2 { background: var(--_hw-series-2); }
  .s3 { background: var(--_hw-series-3); }
  .s4 { background: var(--_hw-series-4); }
  .s5 { background: var(--_hw-series-5); }
  .s6 { background: var(--_hw-series-6); }
  .derived-mark {
    font-size: 0.8em;
    color: var(--_hw-muted);
    font-style: italic;
  }
  .error {
    background: var(--_hw-error-bg);
    color: var(--_hw-error-text);
    border: 2px solid currentColor;
    border-radius: var(--_hw-radius);
    padding: 0.75em;
  }
  .error p {
    margin: 0.25em 0 0;
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
    }
    .tag-list li::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    /* Paper is white whatever the screen theme: print with the light tokens. */
    :host,
    :host([data-hw-theme='dark']) {
      --_hw-bg: #fff;
      --_hw-surface: #fff;
      --_hw-text: #000;
      --_hw-muted: #333;
      --_hw-border: #999;
      --_hw-accent: #0a5bb5;
      border: none;
      color: #000;
      background: #fff;
    }
    .toolbar,
    .no-print {
      display: none !important;
    }
    /* Also the data table a chart widget hides in chart view (core/table.ts). */
    .print-visible,
    .table-wrap.visually-hidden {
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: 0.5em 0 !important;
      overflow: visible !important;
      clip: auto !important;
      white-space: normal !important;
    }
    /* No heading alone at the foot of a page, no table row or card split across two. */
    h2,
    h3,
    h4,
    caption,
    summary {
      break-after: avoid;
    }
    tr,
    li,
    .card {
      break-inside: avoid;
    }
  }
`;
