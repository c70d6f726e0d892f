import type { ControlProps, H, ImmutableMap } from './decap.ts';

/**
 * The two fields Decap has no widget for, written for the hub: a day or "rolling" (an
 * opportunity's start and closing date), and the steps that follow a pathway step. Both are plain
 * labelled form controls, so keyboard and screen-reader use is the browser's own. Each root is
 * marked data-hub-widget, so the editor's test can hold our part of the form to axe apart from Decap's.
 */

const stack = { display: 'flex', flexDirection: 'column', gap: '0.5rem', alignItems: 'flex-start' };
const row = { display: 'flex', gap: '0.5rem', alignItems: 'center' };

/** A date picker with a "Rolling" checkbox: the value is YYYY-MM-DD or the word rolling. */
export function dateOrRollingControl(h: H, createClass: (spec: Record<string, unknown>) => unknown): unknown {
  return createClass({
    render(this: { props: ControlProps }) {
      const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const rolling = value === 'rolling';
      const day = typeof value === 'string' && value !== 'rolling' ? value : '';
      return h(
        'div',
        { className: classNameWrapper, style: stack, 'data-hub-widget': 'date-or-rolling' },
        h('input', {
          id: forID,
          type: 'date',
          value: day,
          disabled: rolling,
          onChange: (e: { target: { value: string } }) => onChange(e.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        h(
          'label',
          { style: row },
          h('input', {
            type: 'checkbox',
            id: `${forID}-rolling`,
            checked: rolling,
            onChange: (e: { target: { checked: boolean } }) => onChange(e.target.checked ? 'rolling' : ''),
          }),
          'Rolling (no fixed date)',
        ),
      );
    },
  });
}

export function dateOrRollingPreview(h: H): (props: { value: unknown }) => unknown {
  return ({ value }) => h('span', null, value === 'rolling' ? 'Rolling' : String(value ?? ''));
}

interface StepSummary {
  id: string;
  title: string;
}

function stepsOf(entry: ImmutableMap): StepSummary[] {
  const steps = entry.getIn(['data', 'steps']) as { toJS(): unknown } | undefined;
  const list = (steps?.toJS() ?? []) as { id?: string; title?: string }[];
  return list.filter((s) => s.id).map((s) => ({ id: s.id!, title: s.title ?? s.id! }));
}

/**
 * What follows a pathway step: the next step in the list (the field left out), nothing (the route
 * ends), or the steps chosen from this pathway's own (two or more make a branch).
 */
export function stepIdsControl(h: H, createClass: (spec: Record<string, unknown>) => unknown): unknown {
  return createClass({
    render(this: { props: ControlProps }) {
      const { forID, value, onChange, entry, field, classNameWrapper } = this.props;
      const chosen = (value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value) as
        string[] | null | undefined;
      const mode = chosen == null ? 'carry-on' : chosen.length === 0 ? 'end' : 'choose';
      const label = String(field.get('label') ?? 'Next');
      const radio = (id: string, text: string, next: string[] | null) =>
        h(
          'label',
          { style: row },
          h('input', {
            type: 'radio',
            name: forID,
            id: `${forID}-${id}`,
            checked: mode === id,
            onChange: () => onChange(next),
          }),
          text,
        );
      const steps = stepsOf(entry);
      return h(
        'div',
        { className: classNameWrapper, style: stack, role: 'group', 'aria-label': label, id: forID, 'data-hub-widget': 'step-ids' },
        radio('carry-on', 'Carry on to the next step in the list', null),
        radio('end', 'End the route here', []),
        radio('choose', 'Choose the steps that can follow', chosen && chosen.length > 0 ? chosen : steps.slice(0, 1).map((s) => s.id)),
        mode === 'choose' &&
          h(
            'div',
            { role: 'group', 'aria-label': `${label}: steps`, style: { ...stack, paddingLeft: '1.5rem' } },
            ...steps.map((step) =>
              h(
                'label',
                { style: row, key: step.id },
                h('input', {
                  type: 'checkbox',
                  id: `${forID}-step-${step.id}`,
                  checked: chosen?.includes(step.id) ?? false,
                  onChange: (e: { target: { checked: boolean } }) => {
                    const next = (chosen ?? []).filter((id) => id !== step.id);
                    onChange(e.target.checked ? [...next, step.id] : next);
                  },
                }),
                `${step.title} (${step.id})`,
              ),
            ),
          ),
      );
    },
  });
}

export function stepIdsPreview(h: H): (props: { value: unknown }) => unknown {
  return ({ value }) => h('span', null, Array.isArray(value) ? value.join(', ') : '');
}
