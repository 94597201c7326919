import type { Lang } from '../core/controllers/lang.js';

/**
 * The builder's own interface text. English descriptions of widgets and
 * attributes come from custom-elements.json; the Chinese ones are here, keyed
 * by tag (and by attribute name for the attributes every widget shares). An
 * attribute added later without a Chinese text shows its English description
 * (marked as English) until one is written here.
 */
export interface BuilderStrings {
  title: string;
  intro: string;
  uiLanguage: string;
  widget: string;
  options: string;
  lang: string;
  langDescription: string;
  defaultMark: string;
  none: string;
  preview: string;
  width: string;
  full: string;
  background: string;
  light: string;
  dark: string;
  code: string;
  /** Each code's label, the short name its button and announcements use, and a line of help. */
  snippets: Record<'script' | 'iframe' | 'npm' | 'scorm', { label: string; name: string; help: string }>;
  copy: (what: string) => string;
  copied: (what: string) => string;
  selected: (what: string) => string;
  /** Before the link to the widget's static snapshot (dist/static/<tag>.<lang>.html). */
  staticSnapshot: string;
  /** The choice of script in the script-tag code. */
  delivery: string;
  deliveryOne: string;
  deliveryLoader: string;
  /** Help below the choice. */
  deliveryHelp: string;
  /** The fallback's link to the static page, in the widget's language (not the interface's). */
  fallbackLink: string;
  left: string;
  /** A text or number field's value that the widget would not use. */
  refused: (name: string, value: string, fallback: string) => string;
  notANumber: (name: string) => string;
  srcScheme: (value: string) => string;
  srcOrigin: (value: string, origin: string) => string;
  loadFailed: (tag: string) => string;
}

export const builderStrings: Record<Lang, BuilderStrings> = {
  'zh-CN': {
    title: '嵌入代码生成器',
    intro: '选择组件和选项，预览效果，然后复制嵌入代码：代码与预览显示的内容完全一致。',
    uiLanguage: '界面语言',
    widget: '组件',
    options: '选项',
    lang: '组件语言',
    langDescription: '组件显示的语言：`zh-CN`（中文）或 `en`（英文）。',
    defaultMark: '（默认）',
    none: '（无）',
    preview: '预览',
    width: '预览宽度',
    full: '全宽',
    background: '页面背景',
    light: '浅色',
    dark: '深色',
    code: '嵌入代码',
    snippets: {
      script: {
        label: '网页代码（script 标签）',
        name: '网页代码',
        help: '粘贴到网页正文或内容管理系统中，放在正文或 <head> 中均可：脚本异步加载，不会延迟文章显示。元素内的文字是脚本无法运行时读者看到的内容（标题、关键数据、来源和静态网页链接），并为组件预留高度，组件出现时文章不会跳动。',
      },
      iframe: { label: 'iframe 代码', name: 'iframe 代码', help: '适用于不允许 script 标签、但允许 iframe 的课程页面或内容管理系统。' },
      npm: { label: 'npm / TypeScript 代码', name: 'npm 代码', help: '先运行 npm install hohhot-widgets；属性有类型检查和编辑器补全。' },
      scorm: {
        label: 'SCORM 课件包（命令）',
        name: 'SCORM 命令',
        help: '在 hohhot-widgets 代码库中运行 npm run build 后执行此命令，生成可上传到学习管理系统的 SCORM 1.2 课件包（Moodle：“添加活动或资源”→“SCORM 课件包”）。默认选项的测验和清单课件包已在 dist/scorm/ 中。',
      },
    },
    copy: (what) => `复制${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}`,
    copied: (what) => `已复制${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}。`,
    selected: (what) => `无法使用剪贴板：${what}已选中，请按 Ctrl+C（Mac 上为 ⌘C）复制。`,
    staticSnapshot: '课程页面既不允许 script 也不允许 iframe 时，可粘贴此组件的静态快照（纯 HTML，含数据表和来源，默认选项）：',
    delivery: '脚本',
    deliveryOne: '只嵌入这一个组件（组件自己的文件，一次请求）',
    deliveryLoader: '同一页面嵌入多个组件（加载器，一个 script 标签供所有组件使用）',
    deliveryHelp: '一个页面只需一个 script 标签：嵌入多个组件时，请选择加载器，并只粘贴一次 script 标签。',
    fallbackLink: '阅读完整内容（静态网页）',
    left: '未列出的：data（只能在 JavaScript 中设置的属性，不能写进嵌入代码）。',
    refused: (name, value, fallback) => `组件不接受 ${name} 的值“${value}”，会改用默认值 ${fallback}；嵌入代码和预览中已省略此项。`,
    notANumber: (name) => `${name} 应为数字；嵌入代码和预览中已省略此项。`,
    srcScheme: (value) => `“${value}”不是 http 或 https 网址；嵌入代码和预览中已省略 src。`,
    srcOrigin: (value, origin) => `生成器只加载本站（${origin}）的文件，“${value}”不在本站；嵌入代码和预览中已省略 src。`,
    loadFailed: (tag) => `无法加载 <${tag}> 的代码：请检查 dist/cdn/ 是否完整复制（包括 chunks/ 文件夹）。`,
  },
  en: {
    title: 'Embed builder',
    intro: 'Pick a widget and its options, check the preview, then copy the embed code: the code shows exactly what the preview shows.',
    uiLanguage: 'Interface language',
    widget: 'Widget',
    options: 'Options',
    lang: 'Widget language',
    langDescription: 'The language the widget is shown in: `zh-CN` (Chinese) or `en` (English).',
    defaultMark: ' (default)',
    none: '(none)',
    preview: 'Preview',
    width: 'Preview width',
    full: 'full width',
    background: 'Page background',
    light: 'light',
    dark: 'dark',
    code: 'Embed code',
    snippets: {
      script: {
        label: 'Web page (script tag)',
        name: 'script-tag code',
        help: 'Paste into an article or a CMS, in the body or in the <head>: the script loads asynchronously and never holds back the article. The text inside the element is what readers see if the script never runs (title, key figures, source and a link to a static page), and it keeps the widget’s height, so the article does not jump when the widget appears.',
      },
      iframe: { label: 'iframe', name: 'iframe code', help: 'For course pages and CMSs that strip script tags but allow an iframe.' },
      npm: { label: 'npm / TypeScript', name: 'npm code', help: 'After npm install hohhot-widgets; the properties are typed, with completion in your editor.' },
      scorm: {
        label: 'SCORM package (command)',
        name: 'SCORM command',
        help: 'In a clone of hohhot-widgets, after npm run build, this command writes a SCORM 1.2 package to upload to an LMS (Moodle: “Add an activity or resource” → “SCORM package”). The quiz and the checklist with default options are ready in dist/scorm/.',
      },
    },
    copy: (what) => `Copy the ${what}`,
    copied: (what) => `The ${what} is copied.`,
    selected: (what) => `The clipboard is not available: the ${what} is selected; press Ctrl+C (⌘C on a Mac) to copy it.`,
    staticSnapshot: 'Where a course page allows neither scripts nor iframes, paste the widget’s static snapshot (plain HTML with its tables and sources, default options):',
    delivery: 'Script',
    deliveryOne: 'this widget only (its own file, one request)',
    deliveryLoader: 'several widgets on the page (the loader: one script tag for all)',
    deliveryHelp: 'One script tag per page is enough: for several widgets, choose the loader and paste its script tag once.',
    fallbackLink: 'Read it all as a plain web page',
    left: 'Not listed: data (a property set from JavaScript only, which no embed code can carry).',
    refused: (name, value, fallback) =>
      `The widget does not accept “${value}” for ${name} and would use its default, ${fallback}; it is left out of the code and the preview.`,
    notANumber: (name) => `${name} should be a number; it is left out of the code and the preview.`,
    srcScheme: (value) => `“${value}” is not an http or https address; src is left out of the code and the preview.`,
    srcOrigin: (value, origin) =>
      `The builder loads files of this site (${origin}) only, and “${value}” is elsewhere; src is left out of the code and the preview.`,
    loadFailed: (tag) => `The code of <${tag}> could not be loaded: check that dist/cdn/ was copied whole (with its chunks/ folder).`,
  },
};

/** Chinese summaries of the widgets (the English ones are the manifest's `@summary`). */
export const widgetSummariesZh: Record<string, string> = {
  'hohhot-trade-breakdown': '2024年呼和浩特主要进出口商品',
  'hohhot-trade-partners': '2024年呼和浩特主要贸易伙伴与“一带一路”贸易',
  'hohhot-investment-projects': '2024年呼和浩特按规模划分的投资项目与和林格尔新区签约',
  'hohhot-key-figures': '呼和浩特外贸、投资或跨境电商的关键数据卡片',
  'hohhot-cross-border-ecommerce': '呼和浩特跨境电子商务综合试验区：数据、政策与大事',
  'city-complementarity-matrix': '各城市的优势产业，以及论文所述与呼和浩特的合作方向',
  'hohhot-region-map': '呼和浩特及周边城市示意图：交通联系与合作方向',
  'hohhot-cooperation-mechanisms': '呼和浩特区域合作机制与成效',
  'hohhot-challenges': '论文所列区域合作的问题与挑战',
  'strategy-checklist': '论文五项策略及其措施的清单',
  'hohhot-quiz': '关于本文的知识小测，附反馈、来源和得分',
  'hohhot-paper-citation': '三种格式的本文引用及其参考文献',
};

/** Chinese descriptions of the attributes: by attribute name for those every widget shares, else by tag. */
export const attributeDescriptionsZh: { shared: Record<string, string>; byTag: Record<string, Record<string, string>> } = {
  shared: {
    theme: '配色：`auto` 跟随页面的 `color-scheme`，页面未设置时跟随读者的系统偏好。',
    src: 'JSON 数据文件的网址，其结构与 `data` 相同，加载后经过校验。',
    view: '`chart`（图表，默认）或 `table`（表格）。',
  },
  byTag: {
    'hohhot-challenges': { open: '展开全部说明（适用于打印和课程页面），读者仍可逐条收起。' },
    'city-complementarity-matrix': {
      layout: '宽度达 48rem 时矩阵的布局：`industries-as-columns`（城市为行，产业名称竖排于上方）、`cities-as-columns`（产业为行，无竖排文字），或 `auto`（默认）：中文以产业为列，英文以城市为列。窄于 48rem 时两者相同，每座城市一块。',
      highlight: '突出显示的城市（`hohhot`、`baotou`、`ordos`、`ulanqab`），显示其说明，直到读者选择另一座城市。默认 `none`。',
    },
    'hohhot-investment-projects': { mode: '`thresholds`（默认）：论文给出的累计项目数；`bands`：由此推算的互不重叠的规模区间。' },
    'hohhot-key-figures': { topic: '显示哪组数据：`trade`（外贸，默认）、`investment`（投资）或 `ecommerce`（跨境电商）。未知的值改用 `trade`，并给出一次警告。' },
    'hohhot-paper-citation': { format: '显示哪种引用格式：`gbt`、`apa`、`bibtex` 或 `all`（全部，默认）。' },
    'hohhot-quiz': {
      count: '题目数量（默认 5 道；所选主题题目较少时相应减少）。',
      topic: '论文的哪一部分：`trade`、`investment`、`ecommerce`、`cooperation`、`strategies` 或 `all`（全部，默认）。',
      seed: '任意文本：同一种子总是给出相同的题目、顺序和选项（重做时也相同）。不设种子时，每次作答都重新随机排列。',
      'activity-id': '测验在 xAPI 语句（`hw-xapi` 事件）中的活动 IRI，例如课程的 `https://lms.example.edu/course/7/quiz`；各题为 `<activity-id>/questions/<id>`。默认 `urn:hohhot-widgets:hohhot-quiz`。',
    },
    'hohhot-region-map': { selected: '选中的城市（`hohhot`、`baotou`、`ordos` 或 `ulanqab`），显示其产业与合作；不设时不选中。设置此属性不会触发 `select` 事件，只有读者的选择才会。' },
    'strategy-checklist': {
      'storage-key': '勾选和笔记保存在 `localStorage` 中所用的键，始终带有前缀 `hohhot-widgets:`（未带时自动添加）。同一页面或同一课程中的每份清单应使用各自的键；键相同的清单（同页或多个标签页）显示相同的勾选。',
      readonly: '只读清单：不显示复选框、进度、笔记和重置按钮。',
      notes: '在每项措施下显示笔记栏，与勾选一起保存。',
      'activity-id': '清单在 xAPI 语句（`hw-xapi` 事件）中的活动 IRI，例如课程的 `https://lms.example.edu/course/7/checklist`；各项措施为 `<activity-id>/measures/<id>`。默认 `urn:hohhot-widgets:strategy-checklist`。',
    },
    'hohhot-trade-breakdown': {
      flow: '显示哪类贸易：`imports`（进口）、`exports`（出口）或 `both`（进出口，默认）。',
      chart: '图表类型：`bar`（条形图，默认）或 `doughnut`（圆环图）。',
    },
    'hohhot-trade-partners': { show: '显示内容：`countries`（默认），按贸易额排列的主要伙伴国家；或 `belt-and-road`，“一带一路”贸易在全部贸易中的占比。' },
  },
};
