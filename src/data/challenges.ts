import { item } from './build.js';
import type { ChallengesDataset } from './schema.js';

/** Problems and challenges of regional cooperation (section 一(三)). */
export const challenges: ChallengesDataset = {
  challenges: [
    item('uneven-development', { zh: '内部经济发展不平衡', en: 'Uneven economic development within the region' }, { section: '1.3', refs: [] }, {
      zh: '呼和浩特与周边城市在经济发展水平上存在较大差异，这种不平衡导致在区域合作中难以形成有效的互补和协同。例如，呼和浩特作为首府城市，经济发展水平相对较高，而乌兰察布等城市则相对滞后。',
      en: 'Hohhot and its neighbours differ widely in economic development, and this imbalance makes effective complementarity and coordination hard to achieve. As the regional capital, Hohhot is relatively developed, while cities such as Ulanqab lag behind.',
    }),
    item('low-industrial-coordination', { zh: '产业协同程度不高', en: 'Low industrial coordination' }, { section: '1.3', refs: [3] }, {
      zh: '尽管呼和浩特与周边城市在产业上具有一定的互补性，但产业协同程度仍然不高。各城市在产业发展上仍存在一定的同质化竞争，缺乏深层次的产业链分工和合作。',
      en: 'Although Hohhot and its neighbours complement each other to a degree, their industries are still poorly coordinated. The cities compete in similar industries and lack a deep division of labour along industrial chains.',
    }),
    item('weak-innovation', { zh: '科技创新动力不足', en: 'Weak drive for scientific and technological innovation' }, { section: '1.3', refs: [] }, {
      zh: '呼和浩特及周边城市在科技创新方面存在不足，区域内高新技术企业数量相对较少，R&D投入强度偏低，缺乏具有核心竞争力的创新型企业。这限制了区域合作中科技创新的引领作用。目前，呼和浩特与周边城市的区域合作机制仍存在一些不足，如合作机制缺乏长期性和稳定性、合作内容相对单一等。这限制了区域合作的深度和广度。',
      en: 'Hohhot and its neighbours fall short in innovation: the region has relatively few high-tech enterprises, R&D intensity is low, and innovative firms with core competitiveness are lacking, which limits how far innovation can lead regional cooperation. The cooperation mechanisms themselves also still have shortcomings: they lack continuity and stability, and what they cover is rather narrow, which limits the depth and breadth of cooperation.',
    }),
  ],
};
