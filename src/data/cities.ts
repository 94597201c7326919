import { item } from './build.js';
import type { CitiesDataset, Provenance } from './schema.js';

// Section 一(一) cites [1] after the sentence on Baotou's industries (not
// after the new-energy example that follows it); section 三(一) cites [6]
// after the first measure. Every statement is the paper's sentence verbatim
// (without the citation marks), so each mark of a widget can be traced to it.
const s11: Provenance = { section: '1.1', refs: [] };
const s11Baotou: Provenance = { section: '1.1', refs: [1] };
const s31: Provenance = { section: '3.1', refs: [6] };
const s31b: Provenance = { section: '3.1', refs: [] };
const s13: Provenance = { section: '1.3', refs: [] };

const chainWithBaotouOrdos = {
  zh: '呼和浩特可以重点发展食品加工、电子信息技术、新材料和现代装备制造等优势产业，同时与包头、鄂尔多斯等城市在钢铁、铝业、煤炭、化工等领域开展产业链上下游的合作。',
  en: 'Hohhot could concentrate on its strengths in food processing, electronic information technology, new materials and modern equipment manufacturing, while cooperating upstream and downstream with Baotou, Ordos and other cities in steel, aluminium, coal and chemicals.',
};

/** The four cities, the industries the paper names for them, and where they meet. */
export const cities: CitiesDataset = {
  industries: [
    item('food-processing', { zh: '食品加工', en: 'Food processing' }, s11),
    item('electronic-information', { zh: '电子信息技术', en: 'Electronic information technology' }, s11),
    item('new-materials', { zh: '新材料', en: 'New materials' }, s11),
    // Hohhot's strength is 现代装备制造, Baotou's leading industry 装备制造: the paper's two words.
    item('modern-equipment-manufacturing', { zh: '现代装备制造', en: 'Modern equipment manufacturing' }, s11),
    item('equipment-manufacturing', { zh: '装备制造', en: 'Equipment manufacturing' }, s11Baotou),
    item('commerce-logistics', { zh: '商贸物流', en: 'Commerce and logistics' }, s11),
    item('steel', { zh: '钢铁', en: 'Steel' }, s11Baotou),
    item('aluminium', { zh: '铝业', en: 'Aluminium' }, s11Baotou),
    item('coal', { zh: '煤炭', en: 'Coal' }, s11),
    item('chemicals', { zh: '化工', en: 'Chemicals' }, s11),
    item('cashmere', { zh: '羊绒', en: 'Cashmere' }, s11),
    item('agri-livestock-production', { zh: '农畜产品生产', en: 'Agricultural and livestock production' }, s11),
    item('new-energy', { zh: '新能源', en: 'New energy' }, s11),
    item('modern-agriculture', { zh: '现代农牧业', en: 'Modern farming and animal husbandry' }, s11),
    item('agri-livestock-processing', { zh: '农畜产品加工', en: 'Agricultural and livestock product processing' }, s11),
    item('logistics-transport', { zh: '物流运输', en: 'Logistics and transport' }, s11),
  ],
  cities: [
    {
      id: 'hohhot',
      name: { zh: '呼和浩特', en: 'Hohhot' },
      // The paper's sentence on Hohhot's strengths names these four; 商贸物流 is
      // named as the Hohhot industry Ulanqab complements (see `complements`).
      leads: ['food-processing', 'electronic-information', 'new-materials', 'modern-equipment-manufacturing'],
      statement: {
        zh: '呼和浩特在食品加工、电子信息技术、新材料和现代装备制造等领域具有优势。例如，绿色农畜产品加工产业集群提质升级，伊利、蒙牛等知名企业在此设有生产基地；电子信息技术产业集群实现跨越式发展，算力规模位居全国前列；新材料和现代装备制造产业集群全链条推进，形成了完整的产业链条。',
        en: 'Hohhot is strong in food processing, electronic information technology, new materials and modern equipment manufacturing. Its green agricultural and livestock processing cluster is moving up in quality, with production bases of well-known companies such as Yili and Mengniu; its electronic information cluster has grown by leaps, with computing capacity among the largest in China; and its new materials and modern equipment clusters now cover whole industrial chains.',
      },
      ...s11,
    },
    {
      id: 'baotou',
      name: { zh: '包头', en: 'Baotou' },
      leads: ['steel', 'aluminium', 'equipment-manufacturing'],
      complements: ['food-processing', 'electronic-information'],
      statement: {
        zh: '包头市以钢铁、铝业、装备制造等产业为主，与呼和浩特的食品加工、电子信息技术等产业形成互补。',
        en: "Baotou's economy rests on steel, aluminium and equipment manufacturing, which complement Hohhot's food processing and electronic information industries.",
      },
      ...s11Baotou,
    },
    {
      id: 'ordos',
      name: { zh: '鄂尔多斯', en: 'Ordos' },
      leads: ['coal', 'chemicals', 'cashmere'],
      complements: ['food-processing', 'new-materials'],
      statement: {
        zh: '鄂尔多斯市以煤炭、化工、羊绒等产业为主导，与呼和浩特的食品加工、新材料等产业形成互补。',
        en: "Ordos is led by coal, chemicals and cashmere, which complement Hohhot's food processing and new materials industries.",
      },
      ...s11,
    },
    {
      id: 'ulanqab',
      name: { zh: '乌兰察布', en: 'Ulanqab' },
      leads: ['agri-livestock-production'],
      complements: ['food-processing', 'commerce-logistics'],
      statement: {
        zh: '乌兰察布市是我国重要的农畜产品生产基地，与呼和浩特的食品加工、商贸物流等产业形成互补。',
        en: "Ulanqab is one of China's major producers of agricultural and livestock products, complementing Hohhot's food processing, commerce and logistics.",
      },
      ...s11,
    },
  ],
  opportunities: [
    {
      city: 'baotou', industry: 'new-energy',
      statement: {
        zh: '两地在新能源领域可以开展产业链上下游的合作，实现资源共享和优势互补。',
        en: 'The two cities could cooperate upstream and downstream along the new-energy industrial chain, sharing resources and combining their strengths.',
      },
      ...s11,
    },
    {
      city: 'baotou', industry: 'new-energy',
      statement: {
        zh: '呼和浩特可以加强与包头在新能源领域的合作，共同研发和生产新能源汽车、风电设备等，实现产业链上下游的协同发展。',
        en: 'Hohhot could deepen its new-energy cooperation with Baotou, jointly developing and producing new-energy vehicles, wind power equipment and more, so that the upstream and downstream of the chain grow together.',
      },
      ...s31b,
    },
    { city: 'baotou', industry: 'steel', statement: chainWithBaotouOrdos, ...s31 },
    { city: 'baotou', industry: 'aluminium', statement: chainWithBaotouOrdos, ...s31 },
    { city: 'ordos', industry: 'coal', statement: chainWithBaotouOrdos, ...s31 },
    { city: 'ordos', industry: 'chemicals', statement: chainWithBaotouOrdos, ...s31 },
    {
      city: 'ordos', industry: 'modern-agriculture',
      statement: {
        zh: '两地在现代农牧业、新材料等领域具有广阔的合作前景。',
        en: 'The two cities have broad prospects for cooperation in modern farming and animal husbandry, new materials and other fields.',
      },
      ...s11,
    },
    {
      city: 'ordos', industry: 'new-materials',
      statement: {
        zh: '两地在现代农牧业、新材料等领域具有广阔的合作前景。',
        en: 'The two cities have broad prospects for cooperation in modern farming and animal husbandry, new materials and other fields.',
      },
      ...s11,
    },
    {
      city: 'ulanqab', industry: 'agri-livestock-processing',
      statement: {
        zh: '两地在农畜产品加工、物流运输等领域可以开展深度合作。',
        en: 'The two cities could cooperate closely in processing agricultural and livestock products and in logistics and transport.',
      },
      ...s11,
    },
    {
      city: 'ulanqab', industry: 'logistics-transport',
      statement: {
        zh: '两地在农畜产品加工、物流运输等领域可以开展深度合作。',
        en: 'The two cities could cooperate closely in processing agricultural and livestock products and in logistics and transport.',
      },
      ...s11,
    },
  ],
  caveats: [
    item('uneven-development', { zh: '内部经济发展不平衡', en: 'Uneven economic development within the region' }, s13, {
      zh: '呼和浩特作为首府城市，经济发展水平相对较高，而乌兰察布等城市则相对滞后。',
      en: 'As the regional capital, Hohhot is relatively developed, while cities such as Ulanqab lag behind.',
    }),
    item('low-industrial-coordination', { zh: '产业协同程度不高', en: 'Low industrial coordination' }, { section: '1.3', refs: [3] }, {
      zh: '各城市在产业发展上仍存在一定的同质化竞争，缺乏深层次的产业链分工和合作。',
      en: 'The cities still compete in similar industries and lack a deep division of labour along industrial chains.',
    }),
    // Not a heading of the paper: it states the shortcomings of the mechanisms
    // inside item 3 of 一(三), 科技创新动力不足, and the label says so.
    item('weak-cooperation-mechanisms', {
      zh: '合作机制存在不足（论文在第3项“科技创新动力不足”中指出）',
      en: 'Shortcomings of the cooperation mechanisms (noted under the paper’s item 3, weak drive for innovation)',
    }, s13, {
      zh: '目前，呼和浩特与周边城市的区域合作机制仍存在一些不足，如合作机制缺乏长期性和稳定性、合作内容相对单一等。',
      en: 'The cooperation mechanisms between Hohhot and its neighbours still fall short: they lack continuity and stability, and what they cover is rather narrow.',
    }),
  ],
};
