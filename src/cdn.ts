/**
 * The script-tag entry: `<script type="module" src=".../hohhot-widgets.js">`
 * registers every element of the library. chart.js is not in this file: the
 * chart widgets import it on first render.
 */
import './define/trade-breakdown.js';
