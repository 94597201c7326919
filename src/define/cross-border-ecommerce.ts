import { HohhotCrossBorderEcommerce } from '../components/cross-border-ecommerce/cross-border-ecommerce.js';
import { defineElement } from '../core/util/define.js';

export { HohhotCrossBorderEcommerce };
defineElement('hohhot-cross-border-ecommerce', HohhotCrossBorderEcommerce);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-cross-border-ecommerce': HohhotCrossBorderEcommerce;
  }
}
