import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig(({ mode }) => ({
  plugins: [svelte(), mode === 'test' ? svelteTesting() : null],
  build: {
    // ATLAS_OUT_DIR lets parallel test runs build and serve their own copy.
    outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  preview: { port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest-setup.ts'],
  },
}));
