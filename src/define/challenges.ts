import { HohhotChallenges } from '../components/challenges/challenges.js';
import { defineElement } from '../core/util/define.js';

export { HohhotChallenges };
defineElement('hohhot-challenges', HohhotChallenges);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-challenges': HohhotChallenges;
  }
}
