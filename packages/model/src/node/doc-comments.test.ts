import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocComments, schemaSourceFiles } from './doc-comments.ts';

describe('readDocComments', () => {
  it('reads each field’s comment, through chained calls, shorthand fields and inline objects in lists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-comments-'));
    const file = join(dir, 'x.ts');
    writeFileSync(
      file,
      `import { z } from 'zod';
const level = z.string();
/** Not a field. */
export const thingSchema = z
  .strictObject({
    /** The name, in full. */
    name: z.string(),
    /** A shorthand field. */
    level,
    /**
     * Parts, on
     * two lines.
     */
    parts: z
      .array(
        z.strictObject({
          /** A part's id. */
          id: z.string(),
        }),
      )
      .min(1),
    undocumented: z.string(),
  })
  .superRefine(() => {});
const notExported = z.object({ /** Hidden. */ a: z.string() });
`,
    );
    const docs = readDocComments([file]);
    expect([...docs.keys()]).toEqual(['thingSchema']);
    expect(Object.fromEntries(docs.get('thingSchema')!)).toEqual({
      name: 'The name, in full.',
      level: 'A shorthand field.',
      parts: 'Parts, on two lines.',
      'parts.id': "A part's id.",
    });
  });

  it('gives a field written base.extend({...}) the base schema’s comments and its own, the base declared anywhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-comments-'));
    const file = join(dir, 'x.ts');
    writeFileSync(
      file,
      `import { z } from 'zod';
export const settingsSchema = z.strictObject({
  /** How to reach the team. */
  contact: pointSchema.extend({
    /** The postal address. */
    address: z.array(z.string()),
  }).optional(),
});
export const pointSchema = z.strictObject({
  /** The address that answers. */
  email: z.string(),
});
`,
    );
    expect(Object.fromEntries(readDocComments([file]).get('settingsSchema')!)).toEqual({
      contact: 'How to reach the team.',
      'contact.address': 'The postal address.',
      'contact.email': 'The address that answers.',
    });
  });

  it('finds the model’s record schemas', () => {
    const docs = readDocComments(schemaSourceFiles(fileURLToPath(new URL('../schemas/', import.meta.url))));
    expect(docs.get('opportunitySchema')?.get('closes')).toBe('The closing date for applications, or "rolling" when there is none.');
    expect(docs.get('pathwayStepSchema')?.get('next')).toMatch(/^Ids of the steps that can follow/);
  });
});
