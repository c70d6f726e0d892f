import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.ts';

/**
 * <hub-pathway>'s look. The host is a size container: narrow, the route runs down the page with a
 * line joining the steps; from 48rem wide it runs across, and a branch stacks its routes.
 */
export const pathwayStyles = [
  themeStyles,
  css`
    :host {
      container: hub-pathway / inline-size;
    }
    .base {
      padding: calc(var(--_space) * 0.25) 0;
    }
    .title {
      margin: 0 0 calc(var(--_space) * 0.25);
      font-size: 1.4em;
      font-weight: 700;
      line-height: 1.25;
    }
    .map {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 1em;
      margin: 0 0 1em;
      text-align: center;
    }
    .map li {
      border: 2px solid;
      border-radius: 4px;
      padding: 0.25em 0.5em;
    }
    .map .fork {
      display: flex;
      /* Routes side by side while they fit, one under another on a narrow screen (reflow at 320 px). */
      flex-wrap: wrap;
      justify-content: center;
      max-width: 100%;
      gap: 0.5em;
      border: 0;
      padding: 0;
    }
    /* Each route of a fork in its own box, so stacked routes still read as alternatives. */
    .fork > .map {
      margin: 0;
      padding: 0.5em;
      border: 1px dashed;
      border-radius: 4px;
    }
    .summary,
    .overview {
      margin: 0 0 calc(var(--_space) * 0.5);
    }
    .overview,
    .step-kind,
    .count,
    .route-label,
    .branch-join {
      color: var(--_muted);
    }
    ol,
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    .route {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.75);
      position: relative;
    }
    .step {
      position: relative;
      margin-inline-start: calc(var(--_space) * 1.25);
      padding: calc(var(--_space) * 0.75);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* The route line and each step's marker (narrow layout). */
    .step::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(var(--_space) * -1.25 + 0.2rem);
      top: calc(var(--_space) * 0.9);
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      background: var(--_accent);
    }
    .route::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(0.55rem - 1px);
      top: calc(var(--_space) * 0.9);
      bottom: calc(var(--_space) * 0.9);
      border-inline-start: 2px solid var(--_border);
    }
    .step-title {
      margin: 0;
      font-size: 1.05em;
      font-weight: 700;
      line-height: 1.3;
    }
    .step-kind {
      margin: 0 0 calc(var(--_space) * 0.5);
      font-size: 0.9em;
    }
    .details {
      margin: 0 0 calc(var(--_space) * 0.5);
      display: grid;
      gap: 0.15rem;
      font-size: 0.95em;
    }
    .details div {
      display: flex;
      flex-wrap: wrap;
      column-gap: 0.4em;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    .opportunities {
      border-top: 1px solid var(--_border);
      padding-top: calc(var(--_space) * 0.5);
      font-size: 0.95em;
    }
    .count {
      margin: 0 0 0.25rem;
    }
    .opportunities li + li {
      margin-top: 0.25rem;
    }
    .badge {
      display: inline-block;
      margin-inline-start: 0.35em;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: calc(var(--_radius) * 0.5);
      font-size: 0.85em;
      white-space: nowrap;
    }
    .badge[data-status='closing-soon'] {
      color: var(--_warning);
    }
    .branch {
      margin-inline-start: calc(var(--_space) * 1.25);
    }
    .branch-label,
    .branch-join {
      margin: 0 0 calc(var(--_space) * 0.5);
      font-weight: 600;
    }
    .branch-join {
      margin: calc(var(--_space) * 0.5) 0 0;
      font-weight: 400;
    }
    .routes {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .branch-route {
      padding-inline-start: calc(var(--_space) * 0.75);
      border-inline-start: 4px solid var(--_accent);
    }
    .route-label {
      margin: 0 0 0.4rem;
      font-style: italic;
    }
    .branch-route .step {
      margin-inline-start: 0;
    }
    .branch-route .route::before,
    .branch-route .step::before {
      display: none;
    }
    .more {
      margin: var(--_space) 0 0;
    }
    .status {
      margin: 0;
      color: var(--_muted);
    }
    .error {
      padding: var(--_space);
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .error p {
      margin: 0 0 0.5rem;
    }
    .error-title {
      color: var(--_danger);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    button {
      padding: 0.4em 1em;
      border: 0;
    }

    /* Wide: the route runs across; a branch's routes stack, each running across. */
    @container hub-pathway (min-width: 48rem) {
      .route {
        flex-direction: row;
        align-items: stretch;
      }
      .route::before {
        inset-inline: 0;
        top: calc(var(--_space) * 1.1);
        bottom: auto;
        border-inline-start: 0;
        border-top: 2px solid var(--_border);
      }
      .step {
        flex: 1 1 0;
        min-width: 11rem;
        margin-inline-start: 0;
        padding-top: calc(var(--_space) * 1.75);
      }
      .step::before {
        inset-inline-start: calc(var(--_space) * 0.75);
        top: calc(var(--_space) * 0.75);
      }
      .branch {
        flex: 2 1 0;
        margin-inline-start: 0;
        min-width: 22rem;
      }
      .branch-route .step {
        padding-top: calc(var(--_space) * 0.75);
      }
      /* The route line runs behind the branch's words; keep them readable. */
      .branch-label {
        position: relative;
        background: var(--_bg);
        padding-inline: 0.5rem;
      }
    }
  `,
];
