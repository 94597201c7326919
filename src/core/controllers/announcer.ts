import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for what a widget tells a screen-reader user after an
 * action (a city selected, an answer checked, a task ticked). Render
 * `announcer.region()` once in the template; call `say(text)` to announce.
 * The region is visually hidden (`.visually-hidden` of the base styles).
 */
export class Announcer implements ReactiveController {
  private text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the region says now. */
  get message(): string {
    return this.text;
  }

  /** Announces `text` (an empty string clears the region). */
  say(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** The live region itself, for the widget's template. */
  region(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.text}</p>`;
  }
}
