// Registers every element and types the tags in Svelte markup.
import 'knee-advice/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
