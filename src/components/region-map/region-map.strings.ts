import type { Link } from '../../data/geography.js';
import type { Catalogs } from '../../core/i18n/messages.js';
import type { Compass } from './layout.js';

/** The messages of `<hohhot-region-map>`. Punctuation and list joining come from `coreStrings`. */
export interface RegionMapMessages {
  title: string;
  intro: string;
  schematic: string;
  /** The map's accessible name (how to use it from the keyboard is `keys`). */
  mapLabel: string;
  citiesGroup: string;
  /** How to use the cities from the keyboard: the description of the one reached first. */
  keys: string;
  /** Where a city lies from Hohhot. */
  compass: Record<Compass, string>;
  relative: (direction: string) => string;
  /** Hohhot's place, instead of a direction from itself. */
  capital: string;
  legend: string;
  legendCapital: string;
  legendCity: string;
  legendDirection: string;
  status: Record<Link['status'], string>;
  mode: Record<Link['mode'], string>;
  hint: string;
  /** What the live region says when a city is selected. */
  selected: (city: string) => string;
  industries: string;
  strengths: string;
  withHohhot: string;
  withPartners: string;
  mechanisms: string;
  none: string;
  textTitle: string;
  textCities: string;
  textLinks: string;
  textDirections: string;
  textHub: string;
  linkLine: (status: string, mode: string, route: string) => string;
  /** The cities of a link, in order: `呼和浩特—包头`, `Hohhot–Baotou`. */
  route: (cities: string[]) => string;
  /** A line of the text alternative: a name, then what is said about it. */
  item: (label: string, rest: string) => string;
  leadsText: (list: string) => string;
  strengthsText: (list: string) => string;
  coopText: (list: string) => string;
  partnerText: (city: string, list: string) => string;
  /** After the hub's description. */
  hubNote: string;
}

const zhCN: RegionMapMessages = {
  title: '呼包鄂乌区域示意图',
  intro: '呼和浩特与包头、鄂尔多斯、乌兰察布四市的相对位置、论文提到的交通联系，以及更大范围合作的方向。选择一座城市，查看它的产业和合作领域。',
  schematic: '示意图：城市按实际经纬度投影定位（坐标为一般地理常识，并非论文数据）；线条只表示城市之间的联系，不代表实际线路走向；箭头只表示方向，不表示路线。图中不绘制行政边界。',
  mapLabel: '呼包鄂乌区域示意图',
  citiesGroup: '城市',
  keys: '用方向键在城市之间移动，按 Enter 或空格键选择。',
  compass: { n: '北面', ne: '东北面', e: '东面', se: '东南面', s: '南面', sw: '西南面', w: '西面', nw: '西北面' },
  relative: (dir) => `位于呼和浩特${dir}`,
  capital: '内蒙古自治区首府，连接华北和西北地区的枢纽',
  legend: '图例',
  legendCapital: '首府（枢纽）',
  legendCity: '城市',
  legendDirection: '合作方向（不表示路线）',
  status: { 'in-service': '已开通', 'speed-up': '论文建议加快建设' },
  mode: { rail: '高铁', road: '高速公路' },
  hint: '选择地图上的一座城市，查看它的优势或主导产业、论文提出的与呼和浩特的合作机会以及参与的合作机制。',
  selected: (name) => `已选择：${name}`,
  industries: '主导产业',
  strengths: '优势产业',
  withHohhot: '与呼和浩特的合作机会（论文提出）',
  withPartners: '与周边城市的合作机会（论文提出）',
  mechanisms: '合作机制与成效',
  none: '论文未提及。',
  textTitle: '地图的文字说明',
  textCities: '城市',
  textLinks: '交通联系',
  textDirections: '更大范围合作的方向',
  textHub: '枢纽地位',
  linkLine: (status, mode, route) => `${mode}（${status}），连接${route}`,
  route: (cities) => cities.join('—'),
  item: (label, rest) => `${label}：${rest}`,
  leadsText: (list) => `主导产业为${list}`,
  strengthsText: (list) => `优势产业为${list}`,
  coopText: (list) => `论文提出的与呼和浩特的合作机会为${list}`,
  partnerText: (city, list) => `论文提出的与${city}的合作机会为${list}`,
  hubNote: '（示意）',
};

const en: RegionMapMessages = {
  title: 'The Hohhot–Baotou–Ordos–Ulanqab region: a schematic map',
  intro:
    'Where Hohhot, Baotou, Ordos and Ulanqab lie relative to one another, the transport links the paper names, and the directions of wider cooperation. Select a city to see its industries and areas of cooperation.',
  schematic:
    'Schematic: cities are placed by their real coordinates (general geographic knowledge, not data from the paper); lines show which cities are linked, not the actual alignment; arrows show directions, not routes. No boundaries are drawn.',
  mapLabel: 'Schematic map of the Hohhot–Baotou–Ordos–Ulanqab region',
  citiesGroup: 'Cities',
  keys: 'Move between the cities with the arrow keys; Enter or Space selects one.',
  compass: { n: 'north', ne: 'north-east', e: 'east', se: 'south-east', s: 'south', sw: 'south-west', w: 'west', nw: 'north-west' },
  relative: (dir) => `${dir} of Hohhot`,
  capital: 'capital of Inner Mongolia, the hub between North China and Northwest China',
  legend: 'Legend',
  legendCapital: 'Regional capital (hub)',
  legendCity: 'City',
  legendDirection: 'Direction of cooperation (not a route)',
  status: { 'in-service': 'in service', 'speed-up': 'the paper calls for speeding up construction' },
  mode: { rail: 'high-speed rail', road: 'expressways' },
  hint: 'Select a city on the map to see its strengths or leading industries, the opportunities for cooperation with Hohhot the paper proposes, and the cooperation mechanisms it takes part in.',
  selected: (name) => `Selected: ${name}`,
  industries: 'Leading industries',
  strengths: 'Strengths',
  withHohhot: 'Opportunities for cooperation with Hohhot (proposed by the paper)',
  withPartners: 'Opportunities for cooperation with neighbouring cities (proposed by the paper)',
  mechanisms: 'Cooperation mechanisms and results',
  none: 'Not named in the paper.',
  textTitle: 'The map in words',
  textCities: 'Cities',
  textLinks: 'Transport links',
  textDirections: 'Directions of wider cooperation',
  textHub: 'Hub',
  linkLine: (status, mode, route) => `${mode} (${status}), linking ${route}`,
  route: (cities) => cities.join('–'),
  item: (label, rest) => `${label}: ${rest}`,
  leadsText: (list) => `leading industries: ${list}`,
  strengthsText: (list) => `strengths: ${list}`,
  coopText: (list) => `opportunities for cooperation with Hohhot the paper proposes: ${list}`,
  partnerText: (city, list) => `opportunities for cooperation with ${city} the paper proposes: ${list}`,
  hubNote: ' (shown schematically)',
};

export const messages: Catalogs<RegionMapMessages> = { 'zh-CN': zhCN, en };
