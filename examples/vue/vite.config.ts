import vue from '@vitejs/plugin-vue';
import { compilerOptions } from 'knee-advice/vue/compiler';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tells Vue the <knee-…> tags are custom elements (else "Failed to resolve component"), and binds
      // their object properties (`:content`, `:checked-ids`, `:runs`) as DOM properties.
      template: { compilerOptions },
    }),
  ],
});
