import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files that Electron serves from its fixed app:// origin,
// and that `vite preview` serves to Chromium in the browser tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
