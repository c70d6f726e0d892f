/** The links every page carries, in one place. The hub's name and contact are settings: see settings.ts. */

/** Main navigation, in reading order. */
export const NAV_LINKS = [
  { href: '/opportunities/', label: 'Opportunities' },
  { href: '/pathways/', label: 'Pathways' },
  { href: '/skills-gaps/', label: 'Skills gaps' },
  { href: '/recommendations/', label: 'Recommendations' },
  { href: '/employers/', label: 'Employers' },
  { href: '/partners/', label: 'Partners' },
  { href: '/events/', label: 'Events' },
] as const;

/** A step of a breadcrumb trail; the home page is added by the layout. */
export interface Crumb {
  name: string;
  path: string;
}

/** True when `href` is the current page or a section it belongs to (for aria-current in the nav). */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
