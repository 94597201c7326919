import { createApp } from 'vue';
import 'hohhot-widgets/trade-breakdown.js';
import 'hohhot-widgets/strategy-checklist.js';
import App from './App.vue';

createApp(App).mount('#app');
