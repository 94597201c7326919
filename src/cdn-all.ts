/**
 * The register-everything script-tag bundle, `dist/cdn/hohhot-widgets-all.js`:
 * one file that registers every element of the library at once (the loader,
 * `hohhot-widgets.js`, registers only the elements a page uses). chart.js is
 * not in this file: the chart widgets import it on first render.
 * The list is written from `src/registry.ts` by `node scripts/registry.mjs`.
 */
// registry:start (generated from src/registry.ts by `node scripts/registry.mjs`: do not edit by hand)
import './define/trade-breakdown.js';
import './define/trade-partners.js';
import './define/investment-projects.js';
import './define/key-figures.js';
import './define/cross-border-ecommerce.js';
import './define/city-complementarity-matrix.js';
import './define/region-map.js';
import './define/cooperation-mechanisms.js';
import './define/challenges.js';
import './define/strategy-checklist.js';
import './define/quiz.js';
import './define/paper-citation.js';
// registry:end
