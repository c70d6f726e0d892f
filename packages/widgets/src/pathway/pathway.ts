import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FeedError, type FeedErrorKind } from '@opportunities-hub/model/feed/read-header';
import { readPathwaysFeed } from '@opportunities-hub/model/feed/read-pathways';
import type { PathwayRecord, PathwayStepRecord } from '@opportunities-hub/model/feed/records';
import { layoutPathway, type RouteBranch, type RouteItem } from '@opportunities-hub/model/logic/pathway-layout';
import { standardSummary } from '@opportunities-hub/model/logic/standards';
import { isOpen } from '@opportunities-hub/model/logic/status';
import { LEVEL_LABELS, STATUS_LABELS } from '@opportunities-hub/model/vocabulary';
import { PATHWAY_STEP_KIND_LABELS } from '@opportunities-hub/model/vocabulary/pathway-steps';
import { emit, type HubErrorDetail } from '../shared/events.ts';
import { FeedController } from '../shared/feed-controller.ts';
import { feedErrorMessage } from '../shared/feed-messages.ts';
import { hubUrl, safeHref } from '../shared/hub-url.ts';
import { pathwayStyles } from './pathway.styles.ts';

/** Detail of `hub-load`: the pathway shown, and how many feed records were unusable. */
export interface HubPathwayLoadDetail {
  /** The pathway's slug. */
  pathway: string;
  /** Its title. */
  title: string;
  /** How many steps it has. */
  steps: number;
  /** Feed records skipped as invalid (other pathways, or opportunities dropped from steps). */
  skipped: number;
}

/** Detail of `hub-select` from <hub-pathway>: the opportunity whose link was activated. */
export interface HubPathwaySelectDetail {
  /** The opportunity as the feed lists it at this step, with its link resolved to a full URL. */
  opportunity: { slug: string; title: string; type: string; status: string; url: string };
  /** The pathway's slug. */
  pathway: string;
  /** The id of the step the opportunity belongs to. */
  step: string;
}

type Step = PathwayStepRecord;
/** Why nothing is shown: the feed failed, or it has no pathway with the slug asked for. */
type PathwayErrorKind = FeedErrorKind | 'not-found';
type Ready = { pathway: PathwayRecord; skipped: number };

/**
 * One pathway from the hub: its steps in order, branches described in words, and the open
 * opportunities at each step. Vertical in narrow containers, horizontal in wide ones.
 *
 * @summary A learning and career route from the Opportunities Hub.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme: `auto` (or none) follows the page's `color-scheme`, so a light-only page gets the light widget; `light` or `dark` sets it whatever the page says. Styling only: it is read by CSS.
 * @tagname hub-pathway
 *
 * @fires {CustomEvent<HubPathwayLoadDetail>} hub-load - The pathway was loaded and shown.
 * @fires {CustomEvent<HubPathwaySelectDetail>} hub-select - An opportunity link was activated.
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The pathway could not be shown: `kind` is network, http, not-json, version, shape or not-found.
 *
 * @csspart base - The wrapper around everything.
 * @csspart title - The pathway's title.
 * @csspart summary - The pathway's summary.
 * @csspart overview - The sentence describing the route's shape (steps and branches).
 * @csspart map - The route at a glance: a box per step, top to bottom, a branch's routes side by side (nested lists).
 * @csspart route - Every ordered list of steps (the main route and each branch's routes).
 * @csspart step - One step.
 * @csspart step-title - A step's title.
 * @csspart step-kind - A step's kind and level.
 * @csspart step-details - A step's timing, duration, provider, apprenticeship standard and entry requirements.
 * @csspart standard-link - The link to a step's apprenticeship standard on Skills England.
 * @csspart opportunities - A step's opportunities: the count and the links.
 * @csspart opportunity-link - A link to one opportunity on the hub.
 * @csspart opportunity-status - An opportunity's status (open, closing soon, rolling…).
 * @csspart branch - A point where the route branches.
 * @csspart branch-label - The sentence that introduces a branch.
 * @csspart branch-route - One of the routes of a branch.
 * @csspart hub-link - Links to the hub (this pathway's page, or the pathway list).
 * @csspart status - The loading message.
 * @csspart error - The error message box.
 * @csspart retry - The button that tries loading again.
 *
 * @cssproperty --hub-color-text - Text colour.
 * @cssproperty --hub-color-muted - Secondary text colour.
 * @cssproperty --hub-color-background - Background colour.
 * @cssproperty --hub-color-surface - Background of steps.
 * @cssproperty --hub-color-border - Borders and the route line.
 * @cssproperty --hub-color-accent - Step markers and the retry button.
 * @cssproperty --hub-color-accent-text - Text on the accent colour.
 * @cssproperty --hub-color-link - Link colour.
 * @cssproperty --hub-color-focus - Focus outline colour.
 * @cssproperty --hub-color-danger - Error colour.
 * @cssproperty --hub-color-warning - "Closing soon" colour.
 * @cssproperty --hub-font - Font family; inherits the page's by default.
 * @cssproperty --hub-radius - Corner radius.
 * @cssproperty --hub-space - Base spacing unit.
 */
export class HubPathway extends LitElement {
  static override styles = pathwayStyles;

  static override properties = {
    pathway: { type: String, reflect: true },
    src: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The slug of the pathway to show, as in the hub's address /pathways/<slug>/. */
  pathway = '';

  /** The pathways feed to read. Defaults to /api/v1/pathways.json on the hub that served the script. */
  src = hubUrl('/api/v1/pathways.json');

  /** The heading level of the pathway's title (2 to 5) so it fits the page's outline; steps are one level below. */
  headingLevel = 2;

  /** The pathways feed; its value is the pathway shown. Kept out of the public API (and the manifest). */
  #feed = new FeedController<Ready, PathwayErrorKind>(this, (json) => {
    const read = readPathwaysFeed(json);
    const pathway = read.pathways.find((p) => p.slug === this.pathway);
    if (!pathway) throw new FeedError('not-found', this.#notFoundMessage(read.skipped));
    return { pathway, skipped: read.skipped + read.skippedOpportunities };
  });
  #announced: Ready | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pathway') || changed.has('src')) void this.#feed.load(this.src);
  }

  protected override updated(): void {
    const s = this.#feed.state;
    if (s.status === 'ready' && s.value !== this.#announced) {
      const { pathway, skipped } = (this.#announced = s.value);
      emit<HubPathwayLoadDetail>(this, 'hub-load', { pathway: pathway.slug, title: pathway.title, steps: pathway.steps.length, skipped });
    }
  }

  #notFoundMessage(skipped: number): string {
    if (!this.pathway) return 'No pathway was named: set the pathway attribute to one of the hub’s pathways.';
    const invalid = skipped ? ` (${skipped} pathway${skipped === 1 ? ' was' : 's were'} skipped as invalid)` : '';
    return `The hub has no pathway called “${this.pathway}”${invalid}.`;
  }

  #level(): number {
    const n = Math.round(Number(this.headingLevel));
    return n >= 1 && n <= 5 ? n : 2;
  }

  /** A feed's site path as a full URL, kept on the hub's origin ("//elsewhere" paths are dropped). */
  #link(path: string, base: string): string | undefined {
    const href = safeHref(path, base);
    return href && new URL(href).origin === new URL(base).origin ? href : undefined;
  }

  #select(step: Step, o: Step['opportunities'][number], url: string): void {
    emit<HubPathwaySelectDetail>(this, 'hub-select', {
      opportunity: { slug: o.slug, title: o.title, type: o.type, status: o.status, url },
      pathway: this.pathway,
      step: step.id,
    });
  }

  protected override render(): TemplateResult {
    const s = this.#feed.state;
    return html`<section part="base" class="base" aria-busy=${s.status === 'loading' ? 'true' : 'false'} aria-label=${s.status === 'ready' ? nothing : 'Pathway'} aria-labelledby=${s.status === 'ready' ? 'title' : nothing}>
      ${
        s.status === 'loading'
          ? html`<p part="status" class="status" role="status">Loading the pathway…</p>`
          : s.status === 'error'
            ? this.#renderError(s.kind, s.message, s.url)
            : this.#renderPathway(s.value.pathway, s.url)
      }
    </section>`;
  }

  #renderError(kind: PathwayErrorKind, message: string, feedUrl: string): TemplateResult {
    const list = this.#link('/pathways/', feedUrl);
    const heading = kind === 'not-found' ? 'Pathway not found' : 'The pathway could not be loaded';
    return html`<div part="error" class="error" role="alert" data-kind=${kind}>
      <p class="error-title" tabindex="-1" data-focus><strong>${heading}</strong></p>
      <p class="error-message">${kind === 'not-found' ? message : feedErrorMessage(kind, 'list of pathways')}</p>
      <p class="actions">
        ${kind === 'not-found' ? nothing : html`<button part="retry" type="button" @click=${() => this.#feed.retry('[data-focus]')}>Try again</button>`}
        ${list ? html`<a part="hub-link" href=${list}>See all pathways on the hub</a>` : nothing}
      </p>
    </div>`;
  }

  #renderPathway(p: PathwayRecord, feedUrl: string): TemplateResult {
    const items = layoutPathway(p.steps);
    const page = this.#link(p.url, feedUrl);
    // role=heading with a level, not <hN>, so a partner can fit the widget into their own outline.
    return html`<div part="title" class="title" id="title" role="heading" aria-level=${this.#level()} tabindex="-1" data-focus>${p.title}</div>
      <p part="summary" class="summary">${p.summary}</p>
      <p part="overview" class="overview">${overview(p.steps.length, items)}</p>
      ${map(items)}
      <div class="scroller">${this.#renderRoute(items, feedUrl)}</div>
      ${page ? html`<p class="more"><a part="hub-link" href=${page}>See this pathway on the hub</a></p>` : nothing}`;
  }

  #renderRoute(items: RouteItem<Step>[], feedUrl: string): TemplateResult {
    return html`<ol part="route" class="route">
      ${items.map((item) => (item.type === 'step' ? this.#renderStep(item.step, feedUrl) : this.#renderBranch(item, feedUrl)))}
    </ol>`;
  }

  #renderBranch(b: RouteBranch<Step>, feedUrl: string): TemplateResult {
    const n = b.routes.length;
    return html`<li part="branch" class="branch">
      <p part="branch-label" class="branch-label">The route branches after ${b.from.title}: choose one of ${n} routes.</p>
      <ul class="routes">
        ${b.routes.map((route, i) => {
          const first = route[0];
          const when = first?.type === 'step' ? first.step.when : undefined;
          return html`<li part="branch-route" class="branch-route">
            <p class="route-label">Route ${i + 1} of ${n}${when ? html`: ${when}` : nothing}</p>
            ${this.#renderRoute(route, feedUrl)}
          </li>`;
        })}
      </ul>
      <p class="branch-join">${b.joins ? `The routes meet again at ${b.joins.title}.` : 'Each route ends on its own.'}</p>
    </li>`;
  }

  #renderStep(step: Step, feedUrl: string): TemplateResult {
    const kind = PATHWAY_STEP_KIND_LABELS[step.kind] ?? step.kind;
    const level = step.level ? LEVEL_LABELS[step.level] : undefined;
    return html`<li part="step" class="step" data-kind=${step.kind}>
      <div part="step-title" class="step-title" role="heading" aria-level=${this.#level() + 1}>${step.title}</div>
      <p part="step-kind" class="step-kind">${kind}${level ? ` · ${level}` : ''}</p>
      <dl part="step-details" class="details">
        <div><dt>When</dt><dd>${step.timing}</dd></div>
        <div><dt>How long</dt><dd>${step.duration}</dd></div>
        ${step.provider ? html`<div><dt>Provider</dt><dd>${step.provider.name}</dd></div>` : nothing}
        ${step.standard ? this.#renderStandard(step.standard) : nothing}
        ${step.entryRequirements ? html`<div><dt>Entry requirements</dt><dd>${step.entryRequirements}</dd></div>` : nothing}
      </dl>
      ${this.#renderOpportunities(step, feedUrl)}
    </li>`;
  }

  /** "Laboratory scientist (ST0626): Level 6 with a degree, typically 60 months, up to £27,000 of funding for training. Job titles: …". */
  #renderStandard(s: NonNullable<Step['standard']>): TemplateResult {
    const href = safeHref(s.url, s.url);
    const name = `${s.title} (${s.reference})`;
    return html`<div>
      <dt>Apprenticeship standard</dt>
      <dd>
        ${href ? html`<a part="standard-link" href=${href}>${name}</a>` : name}: ${standardSummary(s)}.${s.illustrative ? ' Sample figures, not the standard’s own.' : ''}${
          s.typicalJobTitles.length ? ` Job titles: ${s.typicalJobTitles.join(', ')}.` : ''
        }
      </dd>
    </div>`;
  }

  #renderOpportunities(step: Step, feedUrl: string): TemplateResult {
    // Closed opportunities are left out: a step lists what a reader can still act on.
    const shown = step.opportunities.filter((o) => o.status !== 'closed');
    const open = shown.filter((o) => isOpen(o.status)).length;
    const count = open === 0 ? 'No open opportunities right now' : `${open} open opportunit${open === 1 ? 'y' : 'ies'}`;
    return html`<div part="opportunities" class="opportunities">
      <p class="count">${count}</p>
      ${
        shown.length
          ? html`<ul>
            ${shown.map((o) => {
              const href = this.#link(o.url, feedUrl);
              return html`<li>
                ${href ? html`<a part="opportunity-link" href=${href} @click=${() => this.#select(step, o, href)}>${o.title}</a>` : o.title}
                <span part="opportunity-status" class="badge" data-status=${o.status}>${STATUS_LABELS[o.status] ?? o.status}</span>
              </li>`;
            })}
          </ul>`
          : nothing
      }
    </div>`;
  }
}

/** The route's shape in one sentence, so the structure is told in words, not by layout alone. */
/** The route at a glance: steps top to bottom, a branch's routes side by side. */
function map(items: RouteItem<Step>[]): TemplateResult {
  return html`<ol part="map" class="map">${items.map((i) => (i.type === 'step' ? html`<li>${i.step.title}</li>` : html`<li class="fork">${i.routes.map(map)}</li>`))}</ol>`;
}

function overview(total: number, items: RouteItem<Step>[]): string {
  const branches = items.filter((i): i is RouteBranch<Step> => i.type === 'branch');
  const steps = `${total} step${total === 1 ? '' : 's'}`;
  if (!branches.length) return `${steps}, one after another.`;
  const first = branches[0]!;
  const more = branches.length > 1 ? `, and branches ${branches.length - 1} more time${branches.length > 2 ? 's' : ''} later` : '';
  return `${steps}. After ${first.from.title} the route branches into ${first.routes.length} routes${more}.`;
}

/**
 * The events <hub-pathway> fires, for typed listeners:
 * `el.addEventListener('hub-select', (e: HubPathwayEventMap['hub-select']) => …)`.
 * Not merged into HTMLElementEventMap because <hub-opportunity-search> fires `hub-select` with a
 * different detail, and one global name cannot carry both.
 */
export interface HubPathwayEventMap {
  'hub-load': CustomEvent<HubPathwayLoadDetail>;
  'hub-select': CustomEvent<HubPathwaySelectDetail>;
  'hub-error': CustomEvent<HubErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'hub-pathway': HubPathway;
  }
}
