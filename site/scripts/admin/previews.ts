import {
  LEVEL_LABELS,
  PATHWAY_STEP_KIND_LABELS,
  STATUS_LABELS,
  formatIssue,
  opportunityRecord,
  statusOf,
  todayIn,
  type Catalogue,
  type CollectionName,
  type ContentIssue,
  type Entry,
  type Level,
  type Opportunity,
  type PathwayStepKind,
} from '@opportunities-hub/model';
import { checkEntry, slugFromIdentifier } from '../../lib/admin/check-entry.ts';
import type { EditorRecords } from '../../lib/admin/editor-records.ts';
import { opportunityFacts } from '../../lib/opportunity-facts.ts';
import type { H, PreviewProps } from './decap.ts';

/**
 * Previews in the site's own markup and stylesheet: the classes of the opportunity page, the
 * pathway route and content pages, with the same status badge and "Example listing" label. Each
 * preview also runs the pre-save check and says what the build would refuse, field by field.
 */

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function problems(h: H, issues: ContentIssue[]): unknown {
  if (issues.length === 0) return null;
  return h(
    'section',
    { className: 'notice', 'aria-labelledby': 'preview-problems' },
    h('h2', { id: 'preview-problems' }, 'The build would refuse this record'),
    h('ul', null, ...issues.map((issue, i) => h('li', { key: i }, formatIssue(issue).trim()))),
  );
}

function check(collection: CollectionName, props: PreviewProps, identifier: string, records: EditorRecords) {
  const data = props.entry.get('data') as { toJS(): Record<string, unknown> } | undefined;
  const fields = data?.toJS() ?? {};
  const slug = text(props.entry.get('slug')) || slugFromIdentifier(text(fields[identifier])) || 'new-record';
  return { fields, ...checkEntry(collection, slug, fields, records) };
}

function badges(h: H, status: keyof typeof STATUS_LABELS | undefined, illustrative: boolean): unknown {
  return h(
    'p',
    { className: 'badges' },
    status && h('strong', { className: `badge badge--${status}` }, STATUS_LABELS[status]),
    illustrative && ' ',
    illustrative && h('strong', { className: 'badge badge--example' }, 'Example listing'),
  );
}

function page(h: H, ...children: unknown[]): unknown {
  return h('main', { id: 'main', className: 'wrap' }, ...children);
}

export function opportunityPreview(h: H, records: () => EditorRecords): (props: PreviewProps) => unknown {
  return (props) => {
    const { fields, issues, entry } = check('opportunities', props, 'title', records());
    const today = todayIn();
    const closes = text(fields.closes);
    const status = closes ? statusOf({ closes, opens: text(fields.opens) || undefined }, today) : undefined;
    const illustrative = fields.illustrative === true;
    const catalogue = { ...records().lookups, opportunities: [], pathways: [] } as unknown as Catalogue;
    const record = entry ? opportunityRecord(catalogue, entry as Entry<Opportunity>, today) : undefined;
    return page(
      h,
      h(
        'article',
        { className: 'opportunity' },
        h('h1', null, text(fields.title) || 'Untitled opportunity'),
        badges(h, status, illustrative),
        illustrative &&
          h(
            'p',
            { className: 'notice' },
            'This is an example of the kind of opportunity the hub lists, not a real offer: do not apply to it.',
          ),
        h('p', { className: 'lede' }, text(fields.summary)),
        problems(h, issues),
        record &&
          h(
            'section',
            { 'aria-labelledby': 'preview-details' },
            h('h2', { id: 'preview-details' }, 'Details'),
            h(
              'dl',
              { className: 'facts' },
              ...opportunityFacts(record).flatMap((fact) => [
                h('dt', { key: `t-${fact.label}` }, fact.label),
                h('dd', { key: `d-${fact.label}` }, fact.values.map((v) => v.text).join(', ')),
              ]),
            ),
          ),
        h('h2', null, 'About this opportunity'),
        h('div', { className: 'prose' }, props.widgetFor('body')),
      ),
    );
  };
}

export function pathwayPreview(h: H, records: () => EditorRecords): (props: PreviewProps) => unknown {
  return (props) => {
    const { fields, issues } = check('pathways', props, 'title', records());
    const steps = (Array.isArray(fields.steps) ? fields.steps : []) as Record<string, unknown>[];
    return page(
      h,
      h('h1', null, text(fields.title) || 'Untitled pathway'),
      h('p', { className: 'lede' }, text(fields.summary)),
      problems(h, issues),
      h('h2', null, 'The route'),
      h(
        'ol',
        { className: 'route' },
        ...steps.map((step, i) => {
          const kind = text(step.kind) as PathwayStepKind;
          const level = text(step.level) as Level;
          return h(
            'li',
            { key: i, className: `route__step route__step--${kind}` },
            h('p', { className: 'route__kind' }, `Step ${i + 1}: ${PATHWAY_STEP_KIND_LABELS[kind] ?? ''}`),
            h('h3', { className: 'route__title' }, text(step.title) || 'Untitled step'),
            h('p', null, text(step.description)),
            h(
              'dl',
              { className: 'facts facts--compact' },
              level && LEVEL_LABELS[level] && [h('dt', { key: 'lt' }, 'Level'), h('dd', { key: 'ld' }, LEVEL_LABELS[level])],
              h('dt', null, 'When'),
              h('dd', null, text(step.timing)),
              h('dt', null, 'How long'),
              h('dd', null, text(step.duration)),
            ),
          );
        }),
      ),
    );
  };
}

export function pagePreview(h: H, records: () => EditorRecords): (props: PreviewProps) => unknown {
  return (props) => {
    const { fields, issues } = check('pages', props, 'title', records());
    return page(
      h,
      h('h1', null, text(fields.title) || 'Untitled page'),
      h('p', { className: 'lede' }, text(fields.description)),
      problems(h, issues),
      h('div', { className: 'prose' }, props.widgetFor('body')),
    );
  };
}
