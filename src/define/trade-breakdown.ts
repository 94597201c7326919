import { HohhotTradeBreakdown } from '../components/trade-breakdown/trade-breakdown.js';
import { defineElement } from '../core/util/define.js';

export { HohhotTradeBreakdown };
defineElement('hohhot-trade-breakdown', HohhotTradeBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-trade-breakdown': HohhotTradeBreakdown;
  }
}
