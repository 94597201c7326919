// One widget on its own page, for course pages and CMSs that strip <script>
// but allow an <iframe>, sandboxed or not:
//   <iframe src=".../embed.html?widget=hohhot-trade-breakdown&lang=en&view=table"
//           title="Hohhot's main imports and exports" width="100%" height="640"></iframe>
// Every other query parameter becomes an attribute of the widget. The page
// posts its height to the parent ({ type: 'hohhot-widgets:height', height })
// so a host page may size the iframe; nothing else leaves the page.
import { define } from './hohhot-widgets.js';

const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? '';
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;

function say(text) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.body.append(p);
}

if (!/^[a-z]+(-[a-z]+)+$/.test(tag) || !(await define(tag))) {
  say(`Unknown widget "${tag}". 未知组件。`);
} else {
  const el = document.createElement(tag);
  for (const [name, value] of params) {
    if (name === 'widget' || name === 'lang' || !/^[a-z][a-z-]*$/.test(name)) continue;
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
  }
}
