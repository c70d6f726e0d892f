/**
 * Writes an import's files all or nothing: they are first applied to a scratch copy of content/
 * and the whole catalogue is loaded from it (schemas and references), so a bad record stops the
 * import before content/ changes; then each file is replaced atomically.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { ContentError } from '@opportunities-hub/model';
import { loadCatalogue } from '@opportunities-hub/model/node';
import { ImportError } from './http.ts';

export function applyWrites(contentDir: string, writes: Map<string, string>): void {
  if (writes.size === 0) return;
  const scratch = mkdtempSync(join(tmpdir(), 'hub-import-'));
  try {
    const copy = join(scratch, 'content');
    cpSync(contentDir, copy, { recursive: true });
    for (const [path, text] of writes) {
      const target = join(copy, relative(contentDir, path));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    loadCatalogue(copy);
  } catch (error) {
    if (error instanceof ContentError)
      throw new ImportError(`The imported records would not be valid content, so nothing was written.\n${error.message}`);
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const [path, text] of writes) {
    mkdirSync(dirname(path), { recursive: true });
    // A dot file, so a run that dies here leaves nothing the content check would read.
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
}
