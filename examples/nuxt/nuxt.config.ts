// Tells Vue which tags are knee-advice's custom elements, and binds their object properties (`:content`,
// `:checked-ids`) as DOM properties, so Vue sets them on the server-rendered first load of a production
// build too (see docs/frameworks/nuxt.md).
import { compilerOptions } from 'knee-advice/vue/compiler';

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  telemetry: false,
  vue: { compilerOptions },
  typescript: { typeCheck: false, strict: true, tsConfig: { vueCompilerOptions: { strictTemplates: true } } },
});
