import { describe, expect, it } from 'vitest';
import manifest from '../../../packages/widgets/custom-elements.json' with { type: 'json' };
import { elementsOf, type Manifest } from './manifest.ts';

describe('elementsOf', () => {
  it('reads tag names, attributes with their field defaults, events, properties and parts', () => {
    const [el] = elementsOf({
      modules: [
        {
          declarations: [
            { kind: 'class', name: 'NotAnElement' },
            {
              kind: 'class',
              name: 'XThing',
              customElement: true,
              tagName: 'x-thing',
              summary: 'A thing.',
              attributes: [{ name: 'size', fieldName: 'size' }],
              members: [{ kind: 'field', name: 'size', type: { text: 'number' }, default: '3', description: 'How big.' }],
              events: [{ name: 'x-go', type: { text: 'CustomEvent' }, description: 'Went.' }],
              cssProperties: [{ name: '--z' }, { name: '--a', description: 'First.' }],
              cssParts: [{ name: 'base', description: 'Wrapper.' }],
            },
          ],
        },
      ],
    });
    expect(el).toEqual({
      tagName: 'x-thing',
      className: 'XThing',
      summary: 'A thing.',
      description: '',
      attributes: [{ name: 'size', description: 'How big.', type: 'number', default: '3' }],
      events: [{ name: 'x-go', description: 'Went.', type: 'CustomEvent' }],
      cssProperties: [
        { name: '--a', description: 'First.' },
        { name: '--z', description: '' },
      ],
      cssParts: [{ name: 'base', description: 'Wrapper.' }],
      slots: [],
    });
  });

  it('finds <hub-pathway> in the package manifest', () => {
    const tags = elementsOf(manifest as Manifest).map((e) => e.tagName);
    expect(tags).toContain('hub-pathway');
  });
});
