import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.ts';

/**
 * Layout by container query, not viewport: the element may sit in a narrow sidebar of a wide
 * page. Filters stack above results when narrow and sit beside them from 44rem. Kept short: every
 * rule ships in the 20 KB script-tag file.
 */
export const opportunitySearchStyles = [
  themeStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base,
    .main,
    .empty,
    .error,
    .results,
    .result,
    .field,
    .filters {
      display: grid;
      gap: var(--_gap, 0.75rem);
      align-content: start;
    }
    .base {
      --_gap: var(--_space);
    }
    .field,
    .result,
    .filters {
      --_gap: 0.35rem;
    }
    h2,
    h3,
    p,
    dd,
    dl,
    fieldset {
      margin: 0;
    }
    h2 {
      font-size: 1.5em;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.15em;
      line-height: 1.3;
    }
    form,
    .result,
    details,
    .error {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    form {
      display: grid;
      gap: 0.75rem;
      background: var(--_surface);
      border: 0;
    }
    .row,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    .row > .field {
      flex: 1 1 10rem;
    }
    /* A percentage width lets a menu shrink below its longest option ("Best match (closing soonest
       first)" overflowed a 320 px screen in wider fonts). */
    select {
      width: 100%;
    }
    label,
    summary,
    dt,
    .status-line {
      font-weight: 600;
    }
    input,
    select,
    button {
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      padding: 0.4rem 0.6rem;
      min-height: 2.75rem;
    }
    input,
    select,
    button.secondary {
      font: inherit;
      background: var(--_bg);
      color: var(--_fg);
      border-color: var(--_border);
    }
    .hint,
    .meta,
    .count,
    .tag {
      color: var(--_muted);
    }
    .problem,
    .closed {
      color: var(--_danger);
    }
    .closing-soon {
      color: var(--_warning);
      font-weight: 600;
    }
    .layout {
      display: grid;
      gap: var(--_space);
    }
    @container (min-width: 44rem) {
      .layout {
        grid-template-columns: minmax(13rem, 17rem) 1fr;
        align-items: start;
      }
    }
    details {
      padding-block: 0.25rem;
    }
    summary {
      cursor: pointer;
      padding: 0.4rem 0;
    }
    fieldset {
      border: 0;
      padding: 0;
    }
    .option {
      display: flex;
      gap: 0.5rem;
      padding: 0.2rem 0;
      font-weight: 400;
    }
    .option input {
      width: 1.25rem;
      min-height: 1.25rem;
      margin: 0.15rem 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .results {
      list-style: none;
      padding: 0;
    }
    .tag {
      margin-inline-start: 0.4rem;
      padding: 0 0.4rem;
      border: 1px solid;
      border-radius: var(--_radius);
      font-size: 0.8em;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.15rem 0.75rem;
    }
    .error {
      border: 3px solid var(--_danger);
    }
  `,
];
