/**
 * The script-tag entry: `<script type="module" src=".../hohhot-widgets.js">`
 * registers every element of the library. chart.js is not in this file: the
 * chart widgets import it on first render.
 */
import './define/trade-breakdown.js';
import './define/trade-partners.js';
import './define/investment-projects.js';
import './define/strategy-checklist.js';
import './define/key-figures.js';
import './define/cross-border-ecommerce.js';
import './define/city-complementarity-matrix.js';
import './define/challenges.js';
import './define/region-map.js';
import './define/cooperation-mechanisms.js';
import './define/quiz.js';
import './define/paper-citation.js';
