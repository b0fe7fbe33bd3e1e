// Registers every element and types the tags in Vue templates.
import 'knee-advice/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
