/**
 * Registers a custom element once. Loading the script twice, or the npm build and the script-tag
 * file on one page, must be harmless: the second definition is skipped, not an error.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
