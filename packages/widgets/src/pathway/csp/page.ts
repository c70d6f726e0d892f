/**
 * The script of page.html, a partner page with a strict CSP and Trusted Types required: loads
 * <hub-pathway>, waits for it, reports violations to the test (the parent window), and probes
 * that the policy really is in force.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));

await import('../define.ts');
const el = document.querySelector('hub-pathway')!;
const outcome = await new Promise<string>((resolve) => {
  el.addEventListener('hub-load', () => resolve('loaded'), { once: true });
  el.addEventListener('hub-error', (e) => resolve(`error: ${(e as CustomEvent<{ message: string }>).detail.message}`), { once: true });
});
await el.updateComplete;
const steps = el.shadowRoot!.querySelectorAll('[part=step]').length;

let trustedTypesEnforced = false;
try {
  document.createElement('div').innerHTML = '<b>x</b>';
} catch {
  trustedTypesEnforced = true;
}
parent.postMessage({ outcome, steps, violations: [...violations], trustedTypesEnforced }, '*');

export {};
