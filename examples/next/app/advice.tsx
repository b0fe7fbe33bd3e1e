'use client';
import { useState } from 'react';
// The wrappers: the server writes their props as attributes (heading-level="3", theme, sections), so
// the first frame is the one asked for; in the browser they set properties and add listeners after
// hydration (React 19 applies neither to a custom element while hydrating).
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
