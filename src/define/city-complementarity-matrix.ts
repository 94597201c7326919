import { CityComplementarityMatrix } from '../components/city-complementarity-matrix/city-complementarity-matrix.js';
import { defineElement } from '../core/util/define.js';

export { CityComplementarityMatrix };
defineElement('city-complementarity-matrix', CityComplementarityMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'city-complementarity-matrix': CityComplementarityMatrix;
  }
}
