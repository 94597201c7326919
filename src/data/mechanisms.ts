import { item } from './build.js';
import type { MechanismsDataset, Provenance } from './schema.js';

const s12: Provenance = { section: '1.2', refs: [] };
const s12Transport: Provenance = { section: '1.2', refs: [2] };

/** Cooperation mechanisms and their results (section 一(二)). */
export const mechanisms: MechanismsDataset = {
  mechanisms: [
    item(
      'hbeu-integration',
      { zh: '呼包鄂乌一体化发展机制', en: 'Hohhot–Baotou–Ordos–Ulanqab integrated development mechanism' },
      s12,
      {
        zh: '推动了四市在交通、产业、环保等多方面的合作，取得了显著成效。',
        en: 'It has driven cooperation among the four cities in transport, industry, environmental protection and other areas, with marked results.',
      },
    ),
    item(
      'beijing-inner-mongolia',
      { zh: '京蒙协作机制', en: 'Beijing–Inner Mongolia cooperation mechanism' },
      s12,
      {
        zh: '这些机制为区域合作提供了制度保障，促进了资源共享和优势互补。',
        en: 'Of both mechanisms, the paper says they give regional cooperation an institutional footing and help the cities share resources and combine their strengths.',
      },
    ),
  ],
  results: [
    {
      ...item('transport', { zh: '交通互联互通', en: 'Transport links' }, s12Transport, {
        zh: '呼包鄂乌一体化发展的推进，使得四市交通联系更加紧密，形成了便捷的交通网络。',
        en: 'As integration has advanced, the four cities have become more closely linked, forming a convenient transport network.',
      }),
      examples: [
        item('hohhot-baotou-hsr', { zh: '呼包高铁开通运营', en: 'The Hohhot–Baotou high-speed railway in service' }, s12Transport, {
          zh: '极大地缩短了两地之间的时空距离，为区域合作提供了便利条件。',
          en: 'It has greatly shortened travel between the two cities and made regional cooperation easier.',
        }),
      ],
    },
    {
      ...item('industry', { zh: '产业协同发展', en: 'Industrial coordination' }, s12, {
        zh: '各城市根据自身优势和特色，推动产业协同发展，形成了完整的产业链条。',
        en: 'Each city develops industry in coordination with the others according to its own strengths, forming complete industrial chains.',
      }),
      examples: [
        item('new-energy-baotou', { zh: '呼和浩特与包头市在新能源领域的合作', en: 'Hohhot–Baotou cooperation in new energy' }, s12, {
          zh: '实现了产业链上下游的互补和协同发展。',
          en: 'It links the upstream and downstream of the industrial chain so that they complement each other and grow together.',
        }),
      ],
    },
    {
      ...item('public-services', { zh: '民生共享', en: 'Shared public services' }, s12, {
        zh: '区域合作不仅促进了经济发展，还带来了民生福祉的提升。',
        en: "Regional cooperation has not only helped the economy but also improved people's wellbeing.",
      }),
      examples: [
        item('health-education-jobs', { zh: '呼和浩特与包头市在医疗卫生、教育、就业等领域的合作', en: 'Hohhot–Baotou cooperation in healthcare, education and employment' }, s12, {
          zh: '为两地居民提供了更加便捷、高效的公共服务。',
          en: 'Residents of both cities get more convenient and efficient public services.',
        }),
      ],
    },
  ],
};
