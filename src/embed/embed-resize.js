// hohhot-widgets embed-resize.js: for the page that holds embed.html iframes.
// One script tag, no options, CSP-safe (no inline code, no eval, no style
// attribute written as text: the height is set through the CSSOM):
//   <script src=".../hohhot-widgets/embed-resize.js" async></script>
// Each iframe of embed.html (or marked data-hohhot-widgets) then takes the
// height of its widget, as the widget grows (a quiz's feedback, a table view)
// and shrinks.
//
// A height message ({ type: 'hohhot-widgets:height', height }) is taken only
// from the window of an iframe on this page, and only when it comes from the
// origin of that iframe's src (or, for an iframe sandboxed without
// allow-same-origin, from the opaque origin "null" that such a frame has). Any
// other message, and any other field, is ignored; nothing is sent back.
(() => {
  const FLAG = Symbol.for('hohhot-widgets:embed-resize');
  if (window[FLAG]) return; // loaded twice: one listener is enough
  window[FLAG] = true;
  /** Heights a widget can have; anything else is not a height. */
  const MAX = 20000;

  /**
   * The embed iframe of this page whose window sent the message, if any: an
   * iframe of embed.html, or one marked `data-hohhot-widgets` (embed.html
   * served under another name). Other iframes (ads, videos) are left alone.
   */
  function frameOf(source) {
    if (!source) return undefined;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== source) continue;
      if (frame.hasAttribute('data-hohhot-widgets')) return frame;
      try {
        return new URL(frame.src, document.baseURI).pathname.endsWith('/embed.html') ? frame : undefined;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  /** The origins a message from `frame` may come from. */
  function originsOf(frame) {
    const origins = [];
    try {
      origins.push(new URL(frame.src, document.baseURI).origin);
    } catch {
      // no src: no origin
    }
    const sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !sandbox.split(/\s+/).includes('allow-same-origin')) origins.push('null');
    return origins;
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'hohhot-widgets:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX) return;
    const frame = frameOf(event.source);
    if (!frame || !originsOf(frame).includes(event.origin)) return;
    frame.style.height = `${Math.ceil(height)}px`;
  });
})();
