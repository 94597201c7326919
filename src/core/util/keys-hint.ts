import { nothing, type ReactiveControllerHost } from 'lit';

/**
 * The keyboard hint of a composite widget (a chart's points, a grid), heard once a visit: it is
 * the description of the tab stop the reader arrives on, until the reader moves inside; leaving
 * the composite brings it back for the next visit. A description on the composite itself is not
 * spoken when the focus lands on one of its items.
 */
export class KeysHint {
  private on = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The id of the element that holds the hint's text. */
    readonly id: string,
  ) {}

  /** `aria-describedby` of an item: the hint on the tab stop while this visit has not moved. */
  of(isStop: boolean): string | typeof nothing {
    return this.on && isStop ? this.id : nothing;
  }

  /** The reader moved inside the composite: the next items are heard without the hint. */
  moved(): void {
    this.on = false;
  }

  /** The focus went from the composite to `to` (a `focusout`'s `relatedTarget`): outside it, the hint comes back. */
  left(composite: Element, to: EventTarget | null): void {
    if (this.on || (to instanceof Node && composite.contains(to))) return;
    this.on = true;
    this.host.requestUpdate();
  }
}
