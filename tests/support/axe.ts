import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/** axe-core's source. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into a page through the DevTools protocol: the hub's Content-Security-Policy refuses
 * injected script tags (page.addScriptTag), as it should.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
}

/** The WCAG 2.2 A and AA rules the hub is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe in a page or frame (the editor's preview) over `selector` and lists each violation in a line. */
export async function axeViolations(target: Page | Frame, selector = 'body'): Promise<string[]> {
  await target.evaluate(`${AXE_SOURCE}\n;undefined`);
  const result = await target.evaluate(
    ([tags, within]) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe.run(
        document.querySelector(within as string),
        {
          runOnly: { type: 'tag', values: tags },
        },
      ),
    [AXE_TAGS, selector] as const,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
