'use client';
import { useState } from 'react';
// The wrappers set properties and add listeners themselves, so they work after hydration
// (React 19 applies neither to a custom element while hydrating).
import { KneeAdvice } from 'knee-advice/react';

export function Advice() {
  const [done, setDone] = useState(0);
  return (
    <>
      <KneeAdvice
        sections="checklist"
        headingLevel={3}
        theme="dark"
        onKneeChecklistChange={(e) => setDone(e.detail.done)}
      />
      <p id="app-status">Ticked in the article: {done}</p>
    </>
  );
}
