/**
 * The embed page's playground, in the browser: reads the form, rebuilds the live widget and the
 * snippet on every change, copies the snippet. Everything is set through DOM properties and
 * textContent, never HTML strings.
 */
import { attributeProblems } from './attribute-options.ts';
import { snippetFor } from './snippet.ts';

export function startPlayground(): void {
  const form = document.querySelector<HTMLFormElement>('[data-playground]');
  const code = document.querySelector<HTMLElement>('[data-snippet]');
  const preview = document.querySelector<HTMLElement>('[data-preview]');
  const copy = document.querySelector<HTMLButtonElement>('[data-copy]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const problems = document.querySelector<HTMLElement>('[data-problems]');
  if (!form || !code || !preview || !copy || !status || !problems) return;

  // The snippet names the hub this page is served from, wherever that is.
  const origin = location.origin;
  form.hidden = false;
  copy.hidden = false;
  loadWidgets(origin);

  const read = () => {
    const tag = new FormData(form).get('widget')?.toString() ?? '';
    const attributes: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-attributes-for="${tag}"] [data-attribute]`))
      attributes[input.dataset['attribute']!] = input.value;
    const theme: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('[data-theme]')) theme[input.dataset['theme']!] = input.value;
    return { tag, attributes, theme };
  };

  let shown = '';
  const update = () => {
    const { tag, attributes, theme } = read();
    for (const set of form.querySelectorAll<HTMLFieldSetElement>('[data-attributes-for]'))
      set.hidden = set.dataset['attributesFor'] !== tag;
    code.textContent = snippetFor(origin, tag, attributes, theme);
    status.textContent = '';
    const key = JSON.stringify(attributes) + tag;
    let el = preview.firstElementChild as HTMLElement | null;
    // Rebuild the widget only when its attributes change; theme values restyle it in place.
    if (key !== shown || !el || el.localName !== tag) {
      el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) if (value.trim()) el.setAttribute(name, value.trim());
      // Values typed in free-text fields that the widget cannot use are flagged beside the preview.
      problems.replaceChildren(
        ...attributeProblems(attributes).map((text) => Object.assign(document.createElement('p'), { textContent: text })),
      );
      preview.replaceChildren(el);
      shown = key;
    }
    for (const [name, value] of Object.entries(theme)) {
      if (value.trim()) el.style.setProperty(name, value.trim());
      else el.style.removeProperty(name);
    }
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Copied. Paste it into your page where the widget should appear.';
    } catch {
      // No clipboard access (an insecure origin, or permission refused): select it for the reader.
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
  update();
}

/** Loads the hub's own script-tag file, exactly as a partner page would. */
function loadWidgets(origin: string): void {
  const src = `${origin}/widgets/v1/hub-widgets.js`;
  if (document.querySelector(`script[src="${src}"]`)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}
