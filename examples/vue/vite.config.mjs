import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The library's tags: Vue leaves them to the browser as custom elements. */
const isCustomElement = (tag) => tag.startsWith('hohhot-') || tag === 'city-complementarity-matrix' || tag === 'strategy-checklist';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
