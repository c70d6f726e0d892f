import { css } from 'lit';

/**
 * The theme every element shares: `--hub-*` custom properties with light and dark defaults.
 * The scheme is the host page's: `color-scheme` inherits into the element, and `light-dark()`
 * picks the matching colour, so a light-only page (no `color-scheme`, or `light`) gets the light
 * widget whatever the reader's system prefers, and a page that declares `light dark` follows the
 * reader. The `theme` attribute (`light`, `dark`; `auto` or none inherits) overrides the page.
 * Fonts inherit from the host page unless `--hub-font` is set.
 *
 * Focus rings are 3:1 or more against every background they sit on, in both schemes (measured
 * in the elements' tests): dark blue in light, amber in dark.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--hub-color-text, light-dark(#1d1d1b, #f1f1ef));
    --_muted: var(--hub-color-muted, light-dark(#4f5256, #c4c7c5));
    --_bg: var(--hub-color-background, light-dark(#ffffff, #16181a));
    --_surface: var(--hub-color-surface, light-dark(#f3f4f2, #23272a));
    --_border: var(--hub-color-border, light-dark(#767a7e, #8d9296));
    --_accent: var(--hub-color-accent, light-dark(#00695c, #4db6ac));
    --_accent-fg: var(--hub-color-accent-text, light-dark(#ffffff, #0b1a18));
    --_link: var(--hub-color-link, light-dark(#0b57a4, #8ab4f8));
    --_focus: var(--hub-color-focus, light-dark(#0b57a4, #ffbf47));
    --_danger: var(--hub-color-danger, light-dark(#b3261e, #f2b8b5));
    --_warning: var(--hub-color-warning, light-dark(#7a4d00, #f0c36d));
    --_radius: var(--hub-radius, 6px);
    --_space: var(--hub-space, 1rem);
    display: block;
    font-family: var(--hub-font, inherit);
    color: var(--_fg);
    background: var(--_bg);
    line-height: 1.5;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
  }
  button {
    font: inherit;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Hidden but read out; a focusable one (the skip link) shows while it has focus. */
  .visually-hidden:not(:focus) {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
