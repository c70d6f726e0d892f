import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** Any real opportunity file will do: the first one. */
const victim = readdirSync(join(root, 'content/opportunities')).sort()[0]!;

/** Runs the real build script on a copy of content/ with one file broken, into a dist that holds a previous build. */
function buildWithBrokenFile(file: string, edit: (text: string) => string) {
  const work = mkdtempSync(join(tmpdir(), 'hub-broken-'));
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  writeFileSync(join(content, file), edit(readFileSync(join(content, file), 'utf8')));
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the last good build');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HUB_CONTENT: content, HUB_DIST: dist },
  });
  return { result, previous: readFileSync(join(dist, 'index.html'), 'utf8') };
}

describe('a broken content file stops the build', () => {
  it('names the file and field, exits non-zero and leaves the last good build in place', () => {
    const { result, previous } = buildWithBrokenFile(`opportunities/${victim}`, (text) =>
      text.replace(/^closes: .*$/m, 'closes: 2027-02-31'),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`content/opportunities/${victim} → closes`);
    expect(result.stderr).toContain('"2027-02-31" is not a real date');
    expect(result.stderr).toContain('previous build');
    expect(previous).toBe('the last good build');
  });

  it('reports a dangling reference with the file and field', () => {
    const { result, previous } = buildWithBrokenFile(`opportunities/${victim}`, (text) =>
      text.replace(/^provider: .*$/m, 'provider: no-such-college'),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${victim} → provider: "no-such-college" is not one of the organisations`);
    expect(previous).toBe('the last good build');
  });
});
