/** Dispatches a typed CustomEvent that bubbles out of the shadow root. */
export function emit<T>(host: HTMLElement, name: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

/** Detail of every widget's `error` event. */
export interface WidgetErrorDetail {
  /**
   * `chart`: chart.js could not be loaded; the widget shows its table instead.
   * `timeout`: `src` did not arrive within `SRC_TIMEOUT_MS` (15 s).
   * `check`: the code that checks given data could not be loaded.
   */
  kind: 'invalid-data' | 'network' | 'http' | 'json' | 'timeout' | 'chart' | 'check';
  /** The localised message shown in the widget's alert. */
  message: string;
  /** For `invalid-data`: the field that failed. */
  path?: string;
  /** For `http`: the status code. */
  status?: number;
}
