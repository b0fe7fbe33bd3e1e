// Registers every element, for the raw tags (a wrapper from knee-advice/react registers only its own).
import 'knee-advice/register.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
