import { HohhotKeyFigures } from '../components/key-figures/key-figures.js';
import { defineElement } from '../core/util/define.js';

export { HohhotKeyFigures };
defineElement('hohhot-key-figures', HohhotKeyFigures);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-key-figures': HohhotKeyFigures;
  }
}
