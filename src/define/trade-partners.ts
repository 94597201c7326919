import { HohhotTradePartners } from '../components/trade-partners/trade-partners.js';
import { defineElement } from '../core/util/define.js';

export { HohhotTradePartners };
defineElement('hohhot-trade-partners', HohhotTradePartners);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-trade-partners': HohhotTradePartners;
  }
}
