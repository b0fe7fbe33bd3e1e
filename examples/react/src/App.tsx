import { useState } from 'react';
// A wrapper registers its own element; importing knee-advice/react also types the raw tags in JSX.
import { KneeFlareUpChecklist } from 'knee-advice/react';

export function App() {
  const [done, setDone] = useState(0);
  const [wrapperDone, setWrapperDone] = useState(0);
  return (
    <main>
      <h1>Clinic page (React 19)</h1>
      {/* React 19 sets properties (headingLevel, theme) on custom elements; event props are the exact event name. */}
      <knee-advice
        sections="checklist"
        headingLevel={3}
        theme="dark"
        onknee-checklist-change={(e) => setDone(e.detail.done)}
      />
      <p id="app-status">Ticked in the article: {done}</p>
      {/* The wrapper takes camelCase event props. */}
      <KneeFlareUpChecklist
        headingLevel={3}
        storageKey="react-example"
        onKneeChecklistChange={(e) => setWrapperDone(e.detail.done)}
      />
      <p id="wrapper-status">Ticked in the wrapper: {wrapperDone}</p>
    </main>
  );
}
