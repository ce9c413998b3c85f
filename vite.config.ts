import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is built to static files that Electron serves from its fixed app:// origin,
// and that `vite preview` serves to Chromium in the browser tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No source maps in the package: they would ship the source for nothing.
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  // Workers (the report's, the rota's) are ES modules, so they can share chunks and load
  // big tables lazily like the app does.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
