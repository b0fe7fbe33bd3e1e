/**
 * What `knee-advice/register.js` resolves to in a React Server Component (the `react-server` export
 * condition): registering custom elements on the server does nothing for the browser, so say so loudly.
 */
throw new Error(
  "knee-advice: 'knee-advice/register.js' was imported from a React Server Component, where it cannot register anything in the browser. " +
    "Import it from a client component (a file that starts with 'use client'), or use the wrappers from 'knee-advice/react'.",
);
