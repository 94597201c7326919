import { HohhotRegionMap } from '../components/region-map/region-map.js';
import { defineElement } from '../core/util/define.js';

export { HohhotRegionMap };
defineElement('hohhot-region-map', HohhotRegionMap);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-region-map': HohhotRegionMap;
  }
}
