import { HohhotPaperCitation } from '../components/paper-citation/paper-citation.js';
import { defineElement } from '../core/util/define.js';

export { HohhotPaperCitation };
defineElement('hohhot-paper-citation', HohhotPaperCitation);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-paper-citation': HohhotPaperCitation;
  }
}
