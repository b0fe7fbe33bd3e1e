import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tells Vue that <knee-…> tags are custom elements, not Vue components (else: "Failed to resolve component").
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('knee-') } },
    }),
  ],
});
