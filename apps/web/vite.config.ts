import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs separately (its start mode serves the built app itself on the same port).
const apiTarget = process.env.DUBAN_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
      '/files': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    // scripts/bundle-size.mjs reads the manifest to measure each route's initial JavaScript.
    manifest: true,
    sourcemap: false,
  },
});
