/**
 * The widgets' public API as the embed page shows it, read from the package's
 * custom-elements.json (generated from the elements' JSDoc), so it is written once, in the code.
 */

/** One row of a reference table. */
export interface ApiRow {
  name: string;
  description: string;
  /** Type (attributes, events) or default value, where the manifest gives one. */
  type?: string;
  default?: string;
}

/** One element's public API. */
export interface ElementApi {
  tagName: string;
  className: string;
  summary: string;
  description: string;
  attributes: ApiRow[];
  events: ApiRow[];
  cssProperties: ApiRow[];
  cssParts: ApiRow[];
  slots: ApiRow[];
}

interface Named {
  name?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration extends Named {
  kind?: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Array<Named & { fieldName?: string }>;
  members?: Array<Named & { kind?: string; privacy?: string; static?: boolean }>;
  events?: Named[];
  cssProperties?: Named[];
  cssParts?: Named[];
  slots?: Named[];
}
/** The parts of a custom elements manifest (schema 1.x) this page reads. */
export interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

const row = (item: Named): ApiRow => ({
  name: item.name ?? '',
  description: (item.description ?? item.summary ?? '').trim(),
  ...(item.type?.text ? { type: item.type.text } : {}),
  ...(item.default !== undefined ? { default: item.default } : {}),
});
const byName = (a: ApiRow, b: ApiRow) => a.name.localeCompare(b.name);

/** Every custom element the manifest declares, sorted by tag name. */
export function elementsOf(manifest: Manifest): ElementApi[] {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => {
      // An attribute's default lives on its field.
      const fields = new Map((d.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
      return {
        tagName: d.tagName!,
        className: d.name ?? '',
        summary: (d.summary ?? '').trim(),
        description: (d.description ?? '').trim(),
        attributes: (d.attributes ?? []).map((a) => {
          const field = fields.get(a.fieldName ?? a.name);
          return row({
            ...a,
            type: a.type ?? field?.type,
            default: a.default ?? field?.default,
            description: a.description ?? field?.description,
          });
        }),
        events: (d.events ?? []).map(row),
        cssProperties: (d.cssProperties ?? []).map(row).sort(byName),
        cssParts: (d.cssParts ?? []).map(row),
        slots: (d.slots ?? []).map(row),
      };
    })
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}
