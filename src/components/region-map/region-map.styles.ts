import { css } from 'lit';
import { CITY_FONT, MAX_WIDTH, SMALL_FONT } from './layout.js';

/** The styles of `<hohhot-region-map>`, after the shared ones: map, legend, details panel, text alternative. */
export const styles = css`
  .map {
    width: 100%;
    margin: 0.5em 0;
  }
  svg.region {
    display: block;
    width: 100%;
    max-width: ${MAX_WIDTH}px;
    height: auto;
    margin-inline: auto;
    overflow: visible;
  }
  .frame {
    fill: var(--_hw-surface);
    stroke: var(--_hw-border);
    stroke-width: 1;
  }
  .link {
    fill: none;
    stroke-linecap: round;
  }
  /* Railways bluish green, not blue: blue is the focus ring's colour. */
  .link.rail {
    stroke: var(--_hw-series-3);
  }
  .link.road {
    stroke: var(--_hw-series-2);
  }
  .link.in-service {
    stroke-width: 4;
  }
  .link.speed-up.rail {
    stroke-width: 2.5;
    stroke-dasharray: 9 6;
    stroke-linecap: butt;
  }
  .link.speed-up.road {
    stroke-width: 3;
    stroke-dasharray: 0.1 6;
  }
  .arrow,
  .hub-line {
    stroke: var(--_hw-muted);
    stroke-width: 2;
    fill: none;
  }
  .arrow-head {
    fill: var(--_hw-muted);
  }
  .label,
  .small {
    fill: var(--_hw-text);
    paint-order: stroke;
    stroke: var(--_hw-surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .label {
    font-size: ${CITY_FONT}px;
    font-weight: 700;
  }
  .small {
    font-size: ${SMALL_FONT}px;
  }
  .outside {
    stroke: var(--_hw-bg);
  }
  .city {
    cursor: pointer;
    outline: none;
  }
  .city .hit {
    fill: transparent;
  }
  .city .dot,
  .swatch-city .dot {
    fill: var(--_hw-bg);
    stroke: var(--_hw-text);
    stroke-width: 2.5;
  }
  .city.capital .dot,
  .swatch-city.capital .dot {
    fill: var(--_hw-text);
  }
  .city .ring,
  .city .focus-ring {
    fill: none;
    stroke: transparent;
    stroke-width: 3;
  }
  /* Selected: a filled dot, a thick ink rim touching it, the name underlined. */
  .city[aria-selected='true'] .dot {
    fill: var(--_hw-accent);
    stroke: var(--_hw-text);
  }
  .city[aria-selected='true'] .ring {
    stroke: var(--_hw-text);
    stroke-width: 4;
  }
  .city[aria-selected='true'] .label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  /* Focus: the library's ring colour, thin and apart from the dot. */
  .city:focus-visible .focus-ring {
    stroke: var(--_hw-focus);
    stroke-width: 3;
  }
  .city:hover .dot {
    stroke-width: 3.5;
  }
  /* em of the legend's 0.9em (core styles). */
  .legend {
    margin: calc(0.25em / 0.9) 0 calc(0.75em / 0.9);
  }
  .legend svg {
    flex: none;
  }
  .details {
    border-top: 1px solid var(--_hw-border);
    padding-top: 0.75em;
  }
  .details ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  h4 {
    font-size: 1em;
    margin: 0.5em 0 0.25em;
  }
  .text-alt ul {
    padding-inline-start: 1.25em;
  }
  @media print {
    .details,
    .hint {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .frame {
      fill: Canvas;
      stroke: CanvasText;
    }
    /* As specific as the rules they replace (.link.rail, .link.road), or those would win. */
    .link,
    .link.rail,
    .link.road,
    .arrow,
    .hub-line {
      stroke: CanvasText;
    }
    .arrow-head {
      fill: CanvasText;
    }
    .label,
    .small {
      fill: CanvasText;
      stroke: Canvas;
    }
    .city .dot,
    .swatch-city .dot {
      stroke: CanvasText;
      fill: Canvas;
    }
    .city.capital .dot,
    .swatch-city.capital .dot {
      fill: CanvasText;
    }
    .city[aria-selected='true'] .dot {
      fill: Highlight;
      stroke: CanvasText;
    }
    .city[aria-selected='true'] .ring {
      stroke: CanvasText;
    }
    .city:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`;
