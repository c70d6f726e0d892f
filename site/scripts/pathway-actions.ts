/**
 * "Print this pathway" and "Copy link" on pathway pages and the pathways list. Without this
 * script the buttons stay hidden and the page says how to print; with it they appear, the hint
 * goes, the handout's date becomes the day it is printed, and a page opened at #print prints
 * itself (the list's Print buttons go there).
 */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** Copies text, or says plainly that it could not (no clipboard outside a secure context). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function enhance(group: HTMLElement): void {
  const url = group.dataset.url!;
  const status = group.querySelector<HTMLElement>('[data-pathway-status]')!;
  group.querySelector('[data-action="print"]')!.addEventListener('click', () => {
    const target = group.dataset.printHref;
    if (target) location.assign(`${target}#print`);
    else window.print();
  });
  group.querySelector('[data-action="copy"]')!.addEventListener('click', async () => {
    status.textContent = (await copy(url)) ? 'Link copied.' : `Could not copy. The link is ${url}`;
  });
  group.hidden = false;
}

/** Wires up every action group on the page. */
export function startPathwayActions(): void {
  document.querySelectorAll<HTMLElement>('[data-pathway-actions]').forEach(enhance);
  document.querySelectorAll<HTMLElement>('[data-no-js-print]').forEach((hint) => (hint.hidden = true));
  const today = DAY.format(new Date());
  document.querySelectorAll<HTMLElement>('[data-printed-on]').forEach((el) => {
    el.textContent = `Printed from the ${el.dataset.printedOn} on ${today}`;
  });
  if (location.hash === '#print') {
    history.replaceState(null, '', location.pathname + location.search);
    window.print();
  }
}
