// The elements of custom-elements.json as the generators read them (scripts/framework-types.mjs for the
// Vue, Svelte and JSX types, scripts/react-wrappers.mjs for the React wrappers): one list, sorted by tag,
// so every generated file lists every element, property and event the manifest documents, in a stable
// order, and a new one cannot be forgotten.

/**
 * @typedef {{ name: string, attribute?: string, type: string, description?: string }} ElementProperty
 *   A public property a page may set; `attribute` is its attribute's name when it has one, `type` its
 *   TypeScript type as the manifest writes it.
 * @typedef {{ name: string, description?: string }} ElementEvent
 * @typedef {{
 *   tag: string,
 *   className: string,
 *   folder: string,
 *   summary?: string,
 *   properties: ElementProperty[],
 *   events: ElementEvent[],
 *   cssProperties: { name: string, description?: string }[],
 * }} ManifestElement
 */

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Every custom element of the manifest, sorted by tag. @returns {ManifestElement[]} */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName) continue;
      const folder = mod.path.match(/^src\/components\/([^/]+)\//)?.[1];
      if (folder !== decl.tagName)
        throw new Error(`<${decl.tagName}> is declared in ${mod.path}: each element lives in src/components/<tag>/`);
      const attributes = new Map((decl.attributes ?? []).map((a) => [a.fieldName, a.name]));
      elements.push({
        tag: decl.tagName,
        className: decl.name,
        folder,
        summary: decl.summary,
        // Writable public instance fields: what an app may set (readonly getters such as `items` are read).
        properties: (decl.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy && !m.name.startsWith('#'))
          .map((m) => ({
            name: m.name,
            attribute: attributes.get(m.name),
            type: (m.parsedType ?? m.type)?.text ?? 'unknown',
            description: m.description,
          }))
          .sort(byName),
        events: (decl.events ?? [])
          .filter((e) => e.name)
          .map((e) => ({ name: e.name, description: e.description }))
          .sort(byName),
        cssProperties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
      });
    }
  }
  return elements.sort((a, b) => (a.tag < b.tag ? -1 : 1));
}

/** `knee-checklist-change` → `KneeChecklistChange`. */
export const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

/** A JSDoc comment (one line or several), indented; empty when there is no text. */
export function doc(text, indent = '') {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** A property key as TypeScript writes it (quoted unless it is a plain identifier). */
export const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
