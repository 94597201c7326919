/** The figure cards of `<hohhot-cross-border-ecommerce>`, as a pure function of the dataset and the captions: no DOM, no Lit. */
import type { EcommerceDataset } from '../../data/schema.js';
import type { FigureCardModel } from '../../core/ui/figure-card.js';
import type { EcommerceCardMessages } from './cross-border-ecommerce.strings.js';

/** The pilot zone's trade (a lower bound), the enterprises in the zone, the enterprises on its platform. */
export function ecommerceCards(data: EcommerceDataset, captions: EcommerceCardMessages): FigureCardModel[] {
  return [
    { figure: data.trade, caption: captions.trade },
    { figure: data.enterprisesInZone, caption: captions.enterprisesInZone },
    { figure: data.platformEnterprises, caption: captions.platformEnterprises },
  ];
}
