import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.ts';

/**
 * Layout by container query, not viewport: the element may sit in a narrow sidebar of a wide
 * page. Filters stack above results when narrow and sit beside them from 44rem.
 */
export const opportunitySearchStyles = [
  themeStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: var(--_space);
    }
    h2 {
      margin: 0;
      font-size: 1.5em;
      line-height: 1.25;
    }
    .search {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      align-items: end;
    }
    .row > .field {
      flex: 1 1 10rem;
    }
    label,
    legend,
    summary {
      font-weight: 600;
    }
    input[type='search'],
    input[type='text'],
    select {
      font: inherit;
      color: var(--_fg);
      background: var(--_bg);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4rem 0.6rem;
      min-height: 2.75rem;
      width: 100%;
    }
    button {
      font: inherit;
      min-height: 2.75rem;
      padding: 0.4rem 0.9rem;
      border-radius: var(--_radius);
      border: 2px solid var(--_accent);
      background: var(--_accent);
      color: var(--_accent-fg);
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: var(--_fg);
      border-color: var(--_border);
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .problem {
      margin: 0;
      color: var(--_danger);
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
    .filters {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      border: 0;
    }
    details {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.25rem 0.75rem;
    }
    summary {
      cursor: pointer;
      padding: 0.4rem 0;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0 0 0.5rem;
    }
    .option {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.2rem 0;
      font-weight: 400;
    }
    .option input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.15rem 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .facet-count {
      color: var(--_muted);
    }
    .status-line {
      margin: 0;
      font-weight: 600;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .result {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      display: grid;
      gap: 0.35rem;
    }
    .result h3 {
      margin: 0;
      font-size: 1.15em;
      line-height: 1.3;
    }
    .result p {
      margin: 0;
    }
    .meta {
      color: var(--_muted);
    }
    .tag {
      display: inline-block;
      margin-inline-start: 0.4rem;
      padding: 0 0.4rem;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_muted);
      vertical-align: middle;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.15rem 0.75rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .closing-soon {
      color: var(--_warning);
      font-weight: 600;
    }
    .closed {
      color: var(--_danger);
    }
    .empty,
    .main {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      align-content: start;
    }
    .empty p,
    .main > p {
      margin: 0;
    }
    .error {
      padding: var(--_space);
      border: 3px solid var(--_danger);
      border-radius: var(--_radius);
      display: grid;
      gap: 0.5rem;
    }
    .error p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: center;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_focus);
    }
  `,
];
