import { defineConfig } from 'astro/config';

// Static output: every page is HTML made at build time.
export default defineConfig({ output: 'static' });
