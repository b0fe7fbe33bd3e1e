// Types the knee-advice tags in Astro templates (their attributes), for `astro check`.
/// <reference types="knee-advice/astro" />
