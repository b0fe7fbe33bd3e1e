// Registers the elements in the browser (the server sends their tags and attributes) and types them for vue-tsc.
import 'knee-advice/vue';

export default defineNuxtPlugin(() => {});
