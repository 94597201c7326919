import { HohhotInvestmentProjects } from '../components/investment-projects/investment-projects.js';
import { defineElement } from '../core/util/define.js';

export { HohhotInvestmentProjects };
defineElement('hohhot-investment-projects', HohhotInvestmentProjects);

declare global {
  interface HTMLElementTagNameMap {
    'hohhot-investment-projects': HohhotInvestmentProjects;
  }
}
