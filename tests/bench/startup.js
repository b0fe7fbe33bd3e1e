// Marks the page ready once the first <knee-advice> and everything inside it have rendered.
const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
await customElements.whenDefined('knee-advice');
for (;;) {
  const pending = all(document).filter((e) => e.updateComplete && (e.isUpdatePending || !e.hasUpdated));
  if (!pending.length) break;
  await Promise.all(pending.map((e) => e.updateComplete));
}
document.title = 'ready';
