/**
 * The script of page.html, a partner page with a strict CSP and Trusted Types required. It
 * loads the element, waits for its results, and reports to the test (its parent window) the
 * policy violations seen, then checks that the policy really is in force.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));

await import('../define.ts');
const el = document.querySelector('hub-opportunity-search')!;
const outcome = await new Promise<string>((resolve) => {
  el.addEventListener('hub-search', () => resolve('results'), { once: true });
  el.addEventListener('hub-error', (e) => resolve(`error: ${e.detail.message}`), { once: true });
});
await el.updateComplete;
const count = el.shadowRoot!.querySelectorAll('[part~="result"]').length;
const seen = [...violations];

// Probes: each must be refused, proving the page runs under the policy.
let trustedTypesEnforced = false;
try {
  document.createElement('div').innerHTML = '<b>x</b>';
} catch {
  trustedTypesEnforced = true;
}
let evalBlocked = false;
try {
  (0, eval)('1');
} catch {
  evalBlocked = true;
}
parent.postMessage({ outcome, count, violations: seen, trustedTypesEnforced, evalBlocked }, '*');

export {};
