import { StrategyChecklist } from '../components/strategy-checklist/strategy-checklist.js';
import { defineElement } from '../core/util/define.js';

export { StrategyChecklist };
defineElement('strategy-checklist', StrategyChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'strategy-checklist': StrategyChecklist;
  }
}
