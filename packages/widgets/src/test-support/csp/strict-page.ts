/**
 * The script of a widget's csp/page.html, a partner page served with a strict Content-Security-
 * Policy and Trusted Types required (see web-test-runner.config.mjs). It records violations from
 * the start, registers the element, waits for it to load or fail, then probes that the policy
 * really is in force and posts a report to the test in the parent window (strict-frame.ts).
 */

/** What a strict page tells its test. */
export interface StrictPageReport {
  /** `loaded`, or `error: <message>` from hub-error. */
  outcome: string;
  /** How many elements match the page's `count` selector in the widget's shadow root. */
  count: number;
  /** Every securitypolicyviolation seen while the widget loaded. */
  violations: string[];
  /** True when assigning a string to innerHTML was refused (Trusted Types are required). */
  trustedTypesEnforced: boolean;
  /** True when eval was refused (no unsafe-eval). */
  evalBlocked: boolean;
}

export interface StrictPageOptions {
  /** The widget's tag name; the page has one. */
  tag: string;
  /** The event that says it has loaded. */
  ready: `hub-${string}`;
  /** What to count in its shadow root once loaded (results, steps). */
  count: string;
  /** Registers the element: a dynamic import, so violations are watched before any widget code runs. */
  define: () => Promise<unknown>;
}

export async function reportUnderStrictPolicy({ tag, ready, count, define }: StrictPageOptions): Promise<void> {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  await define();
  const el = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  const outcome = await new Promise<string>((resolve) => {
    el.addEventListener(ready, () => resolve('loaded'), { once: true });
    el.addEventListener('hub-error', (e) => resolve(`error: ${(e as CustomEvent<{ message: string }>).detail.message}`), { once: true });
  });
  await el.updateComplete;
  const report: StrictPageReport = {
    outcome,
    count: el.shadowRoot!.querySelectorAll(count).length,
    violations: [...violations],
    trustedTypesEnforced: refused(() => (document.createElement('div').innerHTML = '<b>x</b>')),
    evalBlocked: refused(() => (0, eval)('1')),
  };
  parent.postMessage(report, '*');
}

/** True when `probe` throws: the policy refused it. */
function refused(probe: () => unknown): boolean {
  try {
    probe();
    return false;
  } catch {
    return true;
  }
}
