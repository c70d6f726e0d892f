import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { statusOf } from '@opportunities-hub/model/logic/status';
import { writeGeneratedContent } from './generate-opportunities.ts';

const out = mkdtempSync(join(tmpdir(), 'hub-generated-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the benchmark content generator', () => {
  // Copies and loads the whole content folder: slow on a loaded machine, so a generous limit.
  it('writes opportunities the model accepts, with a mix of open, closed, rolling and online ones', { timeout: 60_000 }, () => {
    const total = writeGeneratedContent(resolve(import.meta.dirname, '../content'), out, 60);
    const catalogue = loadCatalogue(out);
    expect(catalogue.opportunities).toHaveLength(total);
    const generated = catalogue.opportunities.filter((o) => o.slug.startsWith('generated-'));
    expect(generated).toHaveLength(60);
    expect(readdirSync(join(out, 'opportunities')).filter((f) => f.startsWith('generated-'))).toHaveLength(60);
    const statuses = new Set(generated.map((o) => statusOf(o.data, '2026-11-28')));
    expect([...statuses]).toEqual(expect.arrayContaining(['open', 'closed', 'rolling']));
    expect(generated.some((o) => o.data.delivery === 'online' && o.data.places.length === 0)).toBe(true);
  });
});
