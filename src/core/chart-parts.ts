/**
 * The parts of chart.js the library draws with, as named imports so that a
 * bundler drops the rest (time scales, date adapters, line and radar
 * controllers…). Reached only through `import()` (chart-loader.ts).
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip);

export { Chart };
