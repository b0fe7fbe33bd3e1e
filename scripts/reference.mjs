// Writes the element reference, docs/reference.md, from custom-elements.json (the one manifest that
// Storybook and editors read too). `node scripts/reference.mjs --write` updates it; the test
// tests/node/readme.test.mjs fails when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

export const REFERENCE = 'docs/reference.md';
const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';
const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

export function elementTable(manifest) {
  const out = [];
  // By tag name: the analyzer lists modules in the order its file search finds them, which varies with load.
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const d of elements) {
    out.push(`### \`<${d.tagName}>\`\n\n${cell(d.summary)}\n`);
    const rows = [];
    for (const a of d.attributes ?? []) rows.push(['attribute', `\`${a.name}\``, a.type?.text, a.description]);
    for (const m of d.members ?? []) {
      if (m.privacy && m.privacy !== 'public') continue;
      if (m.static || (m.kind === 'field' && (d.attributes ?? []).some((a) => a.fieldName === m.name))) continue;
      rows.push([
        m.kind === 'method' ? 'method' : 'property',
        `\`${m.name}${m.kind === 'method' ? '()' : ''}\``,
        m.type?.text ?? m.return?.type?.text,
        m.description,
      ]);
    }
    for (const e of d.events ?? []) rows.push(['event', `\`${e.name}\``, e.type?.text, e.description]);
    for (const s of d.slots ?? []) rows.push(['slot', `\`${s.name || '(default)'}\``, '', s.description]);
    for (const p of d.cssParts ?? []) rows.push(['part', `\`${p.name}\``, '', p.description]);
    for (const c of d.cssProperties ?? []) rows.push(['custom property', `\`${c.name}\``, '', c.description]);
    out.push('| kind | name | type | description |\n|---|---|---|---|');
    for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

/** `text` (docs/reference.md) with the tables between its markers written from `manifest`. */
export function withTable(text, manifest) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${REFERENCE} needs ${START} and ${END} around the element tables.`);
  return `${text.slice(0, start + START.length)}\n${elementTable(manifest)}\n${text.slice(end)}`;
}

if (process.argv.includes('--write')) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync(REFERENCE, withTable(readFileSync(REFERENCE, 'utf8'), manifest));
  console.log(`${REFERENCE} updated from custom-elements.json`);
}
