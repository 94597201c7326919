// Written by `node scripts/static.mjs` (run by `npm run build`) from the static
// snapshots in dist/static/: what the embed builder's script-tag code carries
// inside the element, for readers whose page never runs the script. Do not edit
// by hand; `node scripts/static.mjs --check` fails when it is stale.
import type { Lang } from '../core/controllers/lang.js';

export interface FallbackText {
  /** The widget's heading. */
  title: string;
  /** The sentence that sums the widget up ('' when its items do). */
  summary: string;
  /** Figures or headings listed after the summary. */
  items: readonly string[];
  /** The source line, reference marks as plain text. */
  source: string;
}

export const fallbackTexts: Record<string, Record<Lang, FallbackText>> = {
  "hohhot-trade-breakdown": {
    "zh-CN": {
      "title": "2024年呼和浩特主要进出口商品",
      "summary": "2024年呼和浩特市进出口贸易值226.7亿元，同比增长17.3%。",
      "items": [],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，二（一）；赛罕海关统计；参考文献 [4]。"
    },
    "en": {
      "title": "Hohhot's main imports and exports by commodity, 2024",
      "summary": "Hohhot's total trade in 2024 was CNY 22.67 billion, up 17.3% year on year.",
      "items": [],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 2.1; compiled by Saihan Customs; reference [4]."
    }
  },
  "hohhot-trade-partners": {
    "zh-CN": {
      "title": "2024年呼和浩特主要贸易国家",
      "summary": "2024年呼和浩特市进出口贸易值226.7亿元。",
      "items": [
        "马来西亚，进出口贸易值（亿元）：36.8",
        "美国，进出口贸易值（亿元）：30.9",
        "蒙古，进出口贸易值（亿元）：23.1",
        "俄罗斯，进出口贸易值（亿元）：17.5"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，二（一）；赛罕海关统计。"
    },
    "en": {
      "title": "Hohhot's main trading partners, 2024",
      "summary": "Hohhot's total imports and exports in 2024 came to CNY 22.67 billion.",
      "items": [
        "Malaysia — Trade (CNY billion): 3.68",
        "United States — Trade (CNY billion): 3.09",
        "Mongolia — Trade (CNY billion): 2.31",
        "Russia — Trade (CNY billion): 1.75"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 2.1; compiled by Saihan Customs."
    }
  },
  "hohhot-investment-projects": {
    "zh-CN": {
      "title": "2024年呼和浩特招商引资",
      "summary": "",
      "items": [
        "2024年新引进亿元以上项目：430个",
        "协议投资额：8546亿元",
        "已开工项目资金到位率：46.6%"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，二（二）；参考文献 [5]。"
    },
    "en": {
      "title": "Attracting investment to Hohhot, 2024",
      "summary": "",
      "items": [
        "New projects of at least CNY 100 million, 2024: 430 projects",
        "Agreed investment: CNY 854.6 billion",
        "Funds-in-place rate of projects under construction: 46.6%"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 2.2; reference [5]."
    }
  },
  "hohhot-key-figures": {
    "zh-CN": {
      "title": "2024年呼和浩特对外贸易关键数据",
      "summary": "",
      "items": [
        "2024年呼和浩特市进出口贸易值：226.7亿元",
        "进出口贸易值同比增长：17.3%",
        "增速高于内蒙古自治区：11.5个百分点",
        "占内蒙古自治区进出口贸易值的比重：10.9%",
        "与共建“一带一路”国家的进出口占全市比重：62.6%"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，二（一）；赛罕海关统计。"
    },
    "en": {
      "title": "Hohhot's foreign trade in 2024: key figures",
      "summary": "",
      "items": [
        "Hohhot's total imports and exports, 2024: CNY 22.67 billion",
        "Year-on-year growth in total trade: 17.3%",
        "How far Hohhot's trade growth outpaced Inner Mongolia's: 11.5 percentage points",
        "Share of Inner Mongolia's total trade: 10.9%",
        "Share of trade with Belt and Road partner countries: 62.6%"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 2.1; compiled by Saihan Customs."
    }
  },
  "hohhot-cross-border-ecommerce": {
    "zh-CN": {
      "title": "呼和浩特跨境电子商务综合试验区",
      "summary": "呼和浩特市是跨境电子商务综合试验区，自设立以来承担着推动贸易便利化、促进经济转型升级的任务。综试区已吸引大量企业落户注册，形成了较为完善的跨境电商生态体系。",
      "items": [
        "综试区跨境电商进出口贸易额：超过12亿元",
        "入驻综试区的跨境电商企业：184家",
        "线上公共服务平台吸引的企业：69家"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，二（三）。"
    },
    "en": {
      "title": "Hohhot’s cross-border e-commerce comprehensive pilot zone",
      "summary": "Hohhot has been designated a comprehensive pilot zone for cross-border e-commerce, with the task of making trade easier and helping the economy restructure and upgrade. Many businesses have registered in the zone, and a fairly complete cross-border e-commerce ecosystem has taken shape.",
      "items": [
        "Cross-border e-commerce imports and exports of Hohhot's pilot zone: more than CNY 1.2 billion",
        "Cross-border e-commerce enterprises settled in the pilot zone: 184 enterprises",
        "Enterprises on the zone's online public service platform: 69 enterprises"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 2.3."
    }
  },
  "city-complementarity-matrix": {
    "zh-CN": {
      "title": "呼和浩特与包头、鄂尔多斯、乌兰察布的产业互补",
      "summary": "呼和浩特在食品加工、电子信息技术、新材料和现代装备制造等领域具有优势。",
      "items": [],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，一（一）、三（一）、一（三）；参考文献 [1] [3] [6]。"
    },
    "en": {
      "title": "How Hohhot complements Baotou, Ordos and Ulanqab",
      "summary": "Hohhot is strong in food processing, electronic information technology, new materials and modern equipment manufacturing.",
      "items": [],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, sections 1.1, 3.1 and 1.3; references [1] [3] [6]."
    }
  },
  "hohhot-region-map": {
    "zh-CN": {
      "title": "呼包鄂乌区域示意图",
      "summary": "呼和浩特与包头、鄂尔多斯、乌兰察布四市的相对位置、论文提到的交通联系，以及更大范围合作的方向。",
      "items": [],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，摘要、一（一）、一（二）、三（二）、三（四）；参考文献 [1] [2] [7]。"
    },
    "en": {
      "title": "The Hohhot–Baotou–Ordos–Ulanqab region: a schematic map",
      "summary": "Where Hohhot, Baotou, Ordos and Ulanqab lie relative to one another, the transport links the paper names, and the directions of wider cooperation.",
      "items": [],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, the abstract, sections 1.1, 1.2, 3.2 and 3.4; references [1] [2] [7]."
    }
  },
  "hohhot-cooperation-mechanisms": {
    "zh-CN": {
      "title": "呼和浩特区域合作机制与成效",
      "summary": "呼和浩特与周边城市建立了多种形式的区域合作机制，为区域合作提供了制度保障。论文以呼包鄂乌一体化发展机制为例，列出了它在三个方面取得的成效。",
      "items": [],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，一（二）；参考文献 [2]。"
    },
    "en": {
      "title": "How Hohhot cooperates with its neighbours, and the results",
      "summary": "Hohhot and its neighbouring cities have set up several forms of regional cooperation mechanism, giving cooperation an institutional footing. Taking the Hohhot–Baotou–Ordos–Ulanqab integrated development mechanism as its example, the paper sets out its results in three areas.",
      "items": [],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 1.2; reference [2]."
    }
  },
  "hohhot-challenges": {
    "zh-CN": {
      "title": "呼和浩特区域互补合作存在的问题与挑战",
      "summary": "论文在一（三）中列出以下问题。",
      "items": [
        "内部经济发展不平衡",
        "产业协同程度不高",
        "科技创新动力不足"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，一（三）；参考文献 [3]。"
    },
    "en": {
      "title": "Problems and challenges of regional cooperation",
      "summary": "The paper lists these problems in section 1.3.",
      "items": [
        "Uneven economic development within the region",
        "Low industrial coordination",
        "Weak drive for scientific and technological innovation"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 1.3; reference [3]."
    }
  },
  "strategy-checklist": {
    "zh-CN": {
      "title": "呼和浩特区域互补合作与开放经济新格局构建策略清单",
      "summary": "论文第三部分提出5项策略、13项编号措施，另有1项未编号的措施。",
      "items": [
        "三（一）深化与周边城市的产业合作",
        "三（二）加强区域交通与物流体系建设",
        "三（三）推动跨境电商与国际贸易发展",
        "三（四）积极参与“一带一路”及中蒙俄经济走廊建设",
        "三（五）构建开放合作的区域政策环境"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，三；参考文献 [6] [7] [9]。"
    },
    "en": {
      "title": "Checklist: Hohhot's strategies for regional cooperation and an open economy",
      "summary": "Section 3 of the paper proposes 5 strategies with 13 numbered measures and one more without a number.",
      "items": [
        "3.1 Deepen industrial cooperation with neighbouring cities",
        "3.2 Build up regional transport and logistics",
        "3.3 Develop cross-border e-commerce and international trade",
        "3.4 Take an active part in the Belt and Road Initiative and the China–Mongolia–Russia Economic Corridor",
        "3.5 Create a regional policy environment for openness and cooperation"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, section 3; references [6] [7] [9]."
    }
  },
  "hohhot-quiz": {
    "zh-CN": {
      "title": "知识小测：呼和浩特的区域合作与开放经济",
      "summary": "共5道选择题，题目和数字取自论文，部分数字由论文数据推算得出（题中注明）。",
      "items": [],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》，一（一）、二（一）、二（二）、二（三）、三（三）；赛罕海关统计。"
    },
    "en": {
      "title": "Quiz: Hohhot's regional cooperation and open economy",
      "summary": "5 multiple-choice questions built from the paper's figures and findings; some numbers are computed from its figures, and the question says so.",
      "items": [],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”, sections 1.1, 2.1, 2.2, 2.3 and 3.3; compiled by Saihan Customs."
    }
  },
  "hohhot-paper-citation": {
    "zh-CN": {
      "title": "引用本文",
      "summary": "",
      "items": [
        "作者：李建宏",
        "题名：呼和浩特区域互补合作与开放经济新格局构建策略研究",
        "英文题名：Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot",
        "作者单位：内蒙古师范大学 马克思主义学院, 内蒙古 呼和浩特 010022",
        "基金项目：呼和浩特市社会科学项目“呼和浩特区域互补合作与开放经济新格局构建策略研究”（编号：2025BX10）"
      ],
      "source": "来源：李建宏《呼和浩特区域互补合作与开放经济新格局构建策略研究》。"
    },
    "en": {
      "title": "Cite this paper",
      "summary": "",
      "items": [
        "Author: Li Jianhong (李建宏)",
        "Title: 呼和浩特区域互补合作与开放经济新格局构建策略研究",
        "English title: Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot",
        "Affiliation: School of Marxism, Inner Mongolia Normal University, Hohhot, Inner Mongolia 010022",
        "Funding: Hohhot Social Science Project “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot” (No. 2025BX10)"
      ],
      "source": "Source: Li Jianhong, “Research on the Construction Strategy of Regional Complementary Cooperation and Open Economy in Hohhot”."
    }
  }
};
