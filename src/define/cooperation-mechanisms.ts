import { HohhotCooperationMechanisms } from '../components/cooperation-mechanisms/cooperation-mechanisms.js';
import { defineElement } from '../core/util/define.js';

export { HohhotCooperationMechanisms };
defineElement('hohhot-cooperation-mechanisms', HohhotCooperationMechanisms);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-cooperation-mechanisms': HohhotCooperationMechanisms;
  }
}
