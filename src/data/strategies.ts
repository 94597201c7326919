import type { Measure, Provenance, SectionId, StrategiesDataset, Strategy, Text } from './schema.js';

const at = (section: SectionId, ...refs: number[]): Provenance => ({ section, refs });
const measure = (id: string, label: Text, p: Provenance, description: Text, examples?: Text, note?: Text, unnumbered?: true): Measure => ({
  id, label, description, ...(examples ? { examples } : {}), ...(note ? { note } : {}), ...(unnumbered ? { unnumbered } : {}), ...p,
});
const strategy = (id: string, label: Text, p: Provenance, measures: Measure[]): Strategy => ({ id, label, ...p, measures });

/** The five strategies of section 三, with all their measures. */
export const strategies: StrategiesDataset = {
  strategies: [
    strategy('industrial-cooperation', { zh: '深化与周边城市的产业合作', en: 'Deepen industrial cooperation with neighbouring cities' }, at('3.1'), [
      measure('optimise-layout', { zh: '优化产业布局', en: 'Optimise the industrial layout' }, at('3.1', 6), {
        zh: '根据呼和浩特与周边城市的资源禀赋、产业基础和市场需求，合理规划产业布局，避免同质化竞争，实现错位发展。',
        en: "Plan the layout of industry around each city's resources, industrial base and markets, avoiding head-to-head competition so that the cities develop in different directions.",
      }, {
        zh: '呼和浩特可以重点发展食品加工、电子信息技术、新材料和现代装备制造等优势产业，同时与包头、鄂尔多斯等城市在钢铁、铝业、煤炭、化工等领域开展产业链上下游的合作。',
        en: 'Hohhot could concentrate on its strengths in food processing, electronic information technology, new materials and modern equipment manufacturing, and cooperate upstream and downstream with Baotou, Ordos and other cities in steel, aluminium, coal and chemicals.',
      }),
      measure('extend-chains', { zh: '推动产业链延伸', en: 'Extend industrial chains' }, at('3.1'), {
        zh: '通过招商引资、技术创新等手段，推动产业链向上下游延伸，形成完整的产业链条。',
        en: 'Attract investment and innovate technologically to extend industrial chains upstream and downstream into complete chains.',
      }, {
        zh: '呼和浩特可以加强与包头在新能源领域的合作，共同研发和生产新能源汽车、风电设备等，实现产业链上下游的协同发展。',
        en: 'Hohhot could deepen its new-energy cooperation with Baotou, jointly developing and producing new-energy vehicles, wind power equipment and more, so that the upstream and downstream of the chain develop together.',
      }),
      measure('collaborative-innovation', { zh: '加强产业协同创新', en: 'Strengthen collaborative industrial innovation' }, at('3.1'), {
        zh: '鼓励企业、高校和科研机构开展产学研合作，共同攻克关键技术和共性技术难题。通过协同创新，提升区域产业的整体竞争力。',
        en: "Encourage enterprises, universities and research institutes to work together on key and shared technical problems, raising the competitiveness of the region's industries as a whole.",
      }),
    ]),
    strategy('transport-logistics', { zh: '加强区域交通与物流体系建设', en: 'Build up regional transport and logistics' }, at('3.2'), [
      measure('transport-infrastructure', { zh: '完善交通基础设施', en: 'Improve transport infrastructure' }, at('3.2', 7), {
        zh: '继续加大交通基础设施投入，推进高速公路、铁路、航空等交通方式的互联互通。',
        en: 'Keep investing in transport infrastructure and connect expressways, railways and air transport.',
      }, {
        zh: '加快呼包鄂乌高铁和高速公路的建设，缩短城市之间的时空距离，提高交通效率。',
        en: 'Speed up high-speed railways and expressways linking Hohhot, Baotou, Ordos and Ulanqab, shortening travel times between the cities and making transport more efficient.',
      }),
      measure('modern-logistics', { zh: '构建现代物流体系', en: 'Build a modern logistics system' }, at('3.2'), {
        zh: '依托交通基础设施，构建现代物流体系，提高物流效率和服务水平。',
        en: 'Build a modern logistics system on the transport infrastructure, raising efficiency and service quality.',
      }, {
        zh: '加强物流园区的建设和管理，引进和培育大型物流企业，推动物流信息化和智能化发展。',
        en: 'Build and manage logistics parks better, attract and grow large logistics companies, and digitise logistics.',
      }),
      measure('multimodal', { zh: '推进多式联运', en: 'Promote multimodal transport' }, at('3.2'), {
        zh: '鼓励企业采用多式联运的方式，优化物流运输方案，降低物流成本。',
        en: 'Encourage companies to combine modes of transport, optimise their logistics and cut logistics costs.',
      }, {
        zh: '推动中欧班列、航空货运等多种运输方式的有机衔接。',
        en: 'Connect the China–Europe Railway Express, air freight and other modes seamlessly.',
      }, {
        zh: '原文此句作“……有机衔接，效率。”，句末似有脱字；此处略去残缺的“效率”二字。',
        en: 'In the paper this sentence ends in a fragment (“…, efficiency.”), apparently with words missing; the fragment is left out here.',
      }),
    ]),
    strategy('ecommerce-trade', { zh: '推动跨境电商与国际贸易发展', en: 'Develop cross-border e-commerce and international trade' }, at('3.3'), [
      measure('ecommerce-environment', { zh: '优化跨境电商发展环境', en: 'Improve the environment for cross-border e-commerce' }, at('3.3'), {
        zh: '继续出台支持跨境电商发展的政策措施，降低跨境电商企业的运营成本。',
        en: 'Keep introducing policies that support cross-border e-commerce and lower the operating costs of its companies.',
      }, {
        zh: '提供税收优惠、资金扶持、通关便利化等服务，吸引更多的跨境电商企业入驻。',
        en: 'Offer tax incentives, funding support and customs facilitation to attract more cross-border e-commerce companies.',
      }),
      measure('leading-enterprises', { zh: '培育跨境电商龙头企业', en: 'Grow leading cross-border e-commerce companies' }, at('3.3'), {
        zh: '支持跨境电商企业做大做强，提高其在国际市场的竞争力和影响力。',
        en: 'Help cross-border e-commerce companies grow larger and stronger, with more competitiveness and influence in international markets.',
      }, {
        zh: '鼓励跨境电商企业开展品牌化、专业化运营，拓展国际市场。',
        en: 'Encourage them to build brands, specialise and expand into international markets.',
      }),
      measure('international-trade', { zh: '加强国际贸易合作', en: 'Strengthen international trade cooperation' }, at('3.3', 6), {
        zh: '积极与“一带一路”沿线国家和地区开展国际贸易合作，拓展国际市场。',
        en: 'Actively pursue trade with countries and regions along the Belt and Road and expand into international markets.',
      }, {
        zh: '组织企业参加国际展会、洽谈会等活动，加强与国外企业的交流合作。',
        en: 'Bring companies to international fairs and business meetings to build ties with foreign firms.',
      }),
    ]),
    strategy('belt-and-road', { zh: '积极参与“一带一路”及中蒙俄经济走廊建设', en: 'Take an active part in the Belt and Road Initiative and the China–Mongolia–Russia Economic Corridor' }, at('3.4'), [
      measure('economic-cooperation', { zh: '加强与沿线国家的经贸合作', en: 'Strengthen economic and trade cooperation with partner countries' }, at('3.4'), {
        zh: '积极与“一带一路”沿线国家和地区开展经贸合作，推动贸易和投资自由化便利化。',
        en: 'Work with Belt and Road countries and regions on trade and investment, making both freer and easier.',
      }, {
        zh: '加强与蒙古国、俄罗斯等国家的经贸合作，推动能源、矿产、农业等领域的合作。',
        en: 'Deepen economic ties with Mongolia, Russia and other countries, with cooperation in energy, minerals and agriculture.',
      }),
      measure('major-infrastructure', { zh: '参与重大基础设施建设', en: 'Take part in major infrastructure projects' }, at('3.4'), {
        zh: '积极参与“一带一路”及中蒙俄经济走廊建设中的重大基础设施建设，提高区域互联互通水平。',
        en: 'Take part in the major infrastructure of the Belt and Road Initiative and the China–Mongolia–Russia Economic Corridor, improving connectivity.',
      }, {
        zh: '参与中欧班列、跨境公路、桥梁等基础设施的建设和维护。',
        en: 'Help build and maintain the China–Europe Railway Express, cross-border roads, bridges and other infrastructure.',
      }),
      measure('people-to-people', { zh: '加强人文交流', en: 'Strengthen people-to-people exchanges' }, at('3.4', 9), {
        zh: '加强与沿线国家的文化交流、教育合作和人员往来，增进相互了解和友谊。',
        en: 'Expand cultural exchange, educational cooperation and travel with partner countries to build understanding and friendship.',
      }, {
        zh: '组织文化演出、教育展览、旅游推介等活动，推动人文交流。',
        en: 'Organise cultural performances, education exhibitions and tourism promotions to advance people-to-people exchanges.',
      }, {
        zh: '原文此项未单独编号，位于第2项之后；标题为本库所加。',
        en: 'The paper gives this measure without its own number or heading, after measure 2; the heading is the library’s.',
      }, true),
    ]),
    strategy('policy-environment', { zh: '构建开放合作的区域政策环境', en: 'Create a regional policy environment for openness and cooperation' }, at('3.5'), [
      measure('business-environment', { zh: '优化营商环境', en: 'Improve the business environment' }, at('3.5'), {
        zh: '深化“放管服”改革，简化行政审批流程，提高行政效率。',
        en: 'Deepen the reform to streamline administration and delegate power, improve regulation and upgrade services; simplify administrative approvals and make government more efficient.',
      }, {
        zh: '推行“一网通办”、“最多跑一次”等服务，降低企业运营成本。',
        en: 'Offer one-stop online services and “at most one visit” procedures to lower the cost of doing business.',
      }),
      measure('policy-support', { zh: '完善政策支持体系', en: 'Improve policy support' }, at('3.5'), {
        zh: '制定和完善支持区域互补合作和开放经济发展的政策措施，为企业提供全方位的政策支持。',
        en: 'Draw up and improve policies that support regional complementary cooperation and the open economy, giving companies full policy support.',
      }, {
        zh: '出台税收减免、财政补贴、融资支持等政策措施，鼓励企业参与区域合作和开放经济发展。',
        en: 'Introduce tax cuts, fiscal subsidies and financing support to encourage companies to join regional cooperation and the open economy.',
      }),
    ]),
  ],
};
