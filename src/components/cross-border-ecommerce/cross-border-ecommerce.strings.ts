import type { Catalogs } from '../../core/i18n/messages.js';

/**
 * What each figure card of the pilot zone is. `<hohhot-key-figures>` shows the
 * same cards, with these captions, in its e-commerce topic.
 */
export interface EcommerceCardMessages {
  trade: string;
  enterprisesInZone: string;
  platformEnterprises: string;
}

/** The captions of the pilot zone's figure cards, in each language. */
export const ecommerceCardCaptions: Catalogs<EcommerceCardMessages> = {
  'zh-CN': {
    trade: '综试区跨境电商进出口贸易额',
    enterprisesInZone: '入驻综试区的跨境电商企业',
    platformEnterprises: '线上公共服务平台吸引的企业',
  },
  en: {
    trade: "Cross-border e-commerce imports and exports of Hohhot's pilot zone",
    enterprisesInZone: 'Cross-border e-commerce enterprises settled in the pilot zone',
    platformEnterprises: "Enterprises on the zone's online public service platform",
  },
};

/** The interface text of `<hohhot-cross-border-ecommerce>`. */
export interface CrossBorderEcommerceMessages {
  title: string;
  /** What the pilot zone is, as the paper describes it. */
  intro: string;
  /** Heading of the figure cards (read by screen readers only). */
  figures: string;
  /** The captions of the figure cards. */
  cards: EcommerceCardMessages;
  policies: string;
  policiesIntro: string;
  events: string;
}

const zhCN: CrossBorderEcommerceMessages = {
  title: '呼和浩特跨境电子商务综合试验区',
  intro:
    '呼和浩特市是跨境电子商务综合试验区，自设立以来承担着推动贸易便利化、促进经济转型升级的任务。综试区已吸引大量企业落户注册，形成了较为完善的跨境电商生态体系。',
  figures: '主要数据',
  cards: ecommerceCardCaptions['zh-CN'],
  policies: '支持政策',
  policiesIntro: '呼和浩特市出台了多项支持跨境电商发展的政策，包括：',
  events: '促进活动',
};

const en: CrossBorderEcommerceMessages = {
  title: 'Hohhot’s cross-border e-commerce comprehensive pilot zone',
  intro:
    'Hohhot has been designated a comprehensive pilot zone for cross-border e-commerce, with the task of making trade easier and helping the economy restructure and upgrade. Many businesses have registered in the zone, and a fairly complete cross-border e-commerce ecosystem has taken shape.',
  figures: 'Key figures',
  cards: ecommerceCardCaptions.en,
  policies: 'Supporting policies',
  policiesIntro: 'The city has introduced a number of policies to support cross-border e-commerce, including:',
  events: 'Promotion events',
};

export const messages: Catalogs<CrossBorderEcommerceMessages> = { 'zh-CN': zhCN, en };
