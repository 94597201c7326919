import { figure, item } from './build.js';
import type { EcommerceDataset, Provenance } from './schema.js';

// Section 二(三) cites no reference.
const stated: Provenance = { section: '2.3', refs: [] };

/** The Hohhot cross-border e-commerce comprehensive pilot zone (section 二(三)). */
export const ecommerce: EcommerceDataset = {
  trade: figure(
    'ecommerce-trade',
    { zh: '跨境电商进出口贸易额', en: 'Cross-border e-commerce imports and exports' },
    12, 'yi-yuan', stated, 'more-than',
  ),
  enterprisesInZone: figure(
    'enterprises-in-zone',
    { zh: '入驻综试区的跨境电商企业', en: 'Cross-border e-commerce enterprises settled in the pilot zone' },
    184, 'enterprises', stated,
  ),
  platformEnterprises: figure(
    'platform-enterprises',
    { zh: '线上公共服务平台企业', en: 'Enterprises on the online public service platform' },
    69, 'enterprises', stated,
  ),
  policies: [
    item('funding', { zh: '资金扶持', en: 'Funding support' }, stated),
    item('tax', { zh: '税收优惠', en: 'Tax incentives' }, stated),
    item('customs', { zh: '通关便利化', en: 'Customs facilitation' }, stated),
  ],
  events: [
    item(
      'matchmaking-conference',
      { zh: '跨境电子商务综合试验区经贸对接会', en: 'Cross-border e-commerce comprehensive pilot zone trade matchmaking conference' },
      stated,
      { zh: '促进了政企交流合作，推动了跨境电商业务的快速发展。', en: 'It brought government and business together and helped cross-border e-commerce grow quickly.' },
    ),
  ],
};
