/**
 * The parts of chart.js the library draws with, as named imports so that a
 * bundler drops the rest (time scales, date adapters, line and radar
 * controllers…). The tooltip is the widget's own (chart.ts), so chart.js's
 * tooltip plugin is left out too. Reached only through `import()`
 * (chart-loader.ts).
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement);

export { Chart };
