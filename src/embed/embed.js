// One widget on its own page, for course pages and CMSs that strip <script>
// but allow an <iframe>, sandboxed or not:
//   <iframe src=".../embed.html?widget=hohhot-trade-breakdown&lang=en&view=table"
//           title="Hohhot's main imports and exports" width="100%" height="640"></iframe>
// Every other query parameter becomes an attribute of the widget, except
// `parent-origin`: the origin of the page that holds the iframe, e.g.
// `parent-origin=https://lms.example.edu`.
// Messages to the parent (the page listens to none):
//  - { type: 'hohhot-widgets:height', widget, height } whenever the content's
//    height changes, so a host page may size the iframe (dist/cdn/embed-resize.js
//    does); sent to any parent, as it says nothing but a height (and a mistyped
//    parent-origin then cannot leave the frame at the wrong size);
//  - { type: 'hohhot-widgets:xapi', widget, statement } for each xAPI statement
//    of the widget (the quiz's answers and score, the checklist's ticks), sent
//    only to parent-origin, never to '*': without it, statements stay in the frame.
// (When the page's own code cannot load, its inline script shows why and posts
// { type: 'hohhot-widgets:error', message }.)
import { define } from './hohhot-widgets.js';

const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? '';
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
/** Parameters of the page itself, not attributes of the widget. */
const OWN = new Set(['widget', 'lang', 'parent-origin']);

function say(text) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.body.append(p);
}

/** The parent's origin from `parent-origin` (an http(s) origin exactly), or undefined with a message. */
function parentOrigin() {
  const value = params.get('parent-origin');
  if (value === null) return undefined;
  let origin;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
  } catch {
    // not a URL: said below
  }
  if (origin && origin === value.replace(/\/$/, '')) return origin;
  say(
    `parent-origin must be an origin such as https://lms.example.edu, not “${value}”: nothing is sent to the page around this frame but its height. ` +
      `parent-origin 应为 https://lms.example.edu 这样的源，而不是“${value}”：除高度外，不向外层页面发送任何信息。`,
  );
  return undefined;
}

if (!/^[a-z]+(-[a-z]+)+$/.test(tag) || !(await define(tag))) {
  say(`Unknown widget "${tag}". 未知组件。`);
} else {
  const el = document.createElement(tag);
  for (const [name, value] of params) {
    if (OWN.has(name) || !/^[a-z][a-z-]*$/.test(name)) continue;
    // `src` only from this page's own origin: an embed URL cannot point a widget elsewhere.
    if (name === 'src' && new URL(value, location.href).origin !== location.origin) {
      say(`src must be on this site: ${value}`);
      continue;
    }
    // Event handler attributes (onclick, onerror…) are code: never from an address.
    // (Under the page's CSP they could not run, and setAttribute would throw.)
    if (name.startsWith('on')) {
      say(`Attribute "${name}" refused: event handlers cannot be set from the address. 已拒绝属性“${name}”：不能通过网址设置事件处理程序。`);
      continue;
    }
    try {
      el.setAttribute(name, value);
    } catch {
      say(`Attribute "${name}" refused. 已拒绝属性“${name}”。`);
    }
  }
  document.body.append(el);
  if (window.parent !== window) {
    new ResizeObserver(() => {
      // The content's own height, so a host page can shrink the iframe as well as grow it.
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      window.parent.postMessage({ type: 'hohhot-widgets:height', widget: tag, height }, '*');
    }).observe(document.body);
    const origin = parentOrigin();
    if (origin) {
      el.addEventListener('hw-xapi', (e) => {
        window.parent.postMessage({ type: 'hohhot-widgets:xapi', widget: tag, statement: e.detail }, origin);
      });
    }
  }
}
