import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The import's worker thread, loaded by file name beside index.js (worker/preparer-pool.ts).
          'preparation-worker': resolve('src/main/services/import/worker/preparation-worker.ts'),
          // The health check's worker thread (quick-check.ts), loaded the same way.
          'quick-check-worker': resolve('src/main/services/health/quick-check-worker.ts'),
        },
      },
    },
  },
  preload: {
    // Sandboxed preloads must be CommonJS and cannot require packages: bundle everything.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [
      react(),
      // electron-vite forces relative asset URLs; passage links are nested paths
      // (/document/3#passage-2), so assets must load from the root whatever the page's path.
      { name: 'recoupe-root-base', enforce: 'post', config: () => ({ base: '/' }) },
    ],
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
});
