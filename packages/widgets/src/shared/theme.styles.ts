import { css } from 'lit';

/**
 * The theme every element shares: `--hub-*` custom properties with light and dark defaults.
 * Fonts inherit from the host page unless `--hub-font` is set.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--hub-color-text, #1d1d1b);
    --_muted: var(--hub-color-muted, #4f5256);
    --_bg: var(--hub-color-background, #ffffff);
    --_surface: var(--hub-color-surface, #f3f4f2);
    --_border: var(--hub-color-border, #767a7e);
    --_accent: var(--hub-color-accent, #00695c);
    --_accent-fg: var(--hub-color-accent-text, #ffffff);
    --_link: var(--hub-color-link, #0b57a4);
    --_focus: var(--hub-color-focus, #ffbf47);
    --_danger: var(--hub-color-danger, #b3261e);
    --_warning: var(--hub-color-warning, #7a4d00);
    --_radius: var(--hub-radius, 6px);
    --_space: var(--hub-space, 1rem);
    display: block;
    font-family: var(--hub-font, inherit);
    color: var(--_fg);
    background: var(--_bg);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--hub-color-text, #f1f1ef);
      --_muted: var(--hub-color-muted, #c4c7c5);
      --_bg: var(--hub-color-background, #16181a);
      --_surface: var(--hub-color-surface, #23272a);
      --_border: var(--hub-color-border, #8d9296);
      --_accent: var(--hub-color-accent, #4db6ac);
      --_accent-fg: var(--hub-color-accent-text, #0b1a18);
      --_link: var(--hub-color-link, #8ab4f8);
      --_danger: var(--hub-color-danger, #f2b8b5);
      --_warning: var(--hub-color-warning, #f0c36d);
    }
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
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
