import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from '../support/hub.ts';
import { htmlPages } from './built-site.ts';

/**
 * HTML conformance of every page the build writes, checked by the Nu Html Checker (the W3C's
 * validator, from the vnu-jar package; it needs Java, which .ci/run installs). Errors and warnings
 * fail; the checker's plain information notes do not.
 */

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

function check(): NuMessage[] {
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', TEST_DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`The Nu Html Checker needs Java (apt-get install default-jre-headless): ${result.error.message}`);
  return (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
}

describe('HTML conformance (Nu Html Checker)', () => {
  it('finds no error or warning on any page of the built site', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(50);
    const problems = check()
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      // The checker applies a page's meta Content-Security-Policy to the files it reads from disk, where
      // 'self' matches nothing and JSON-LD (never executed) counts as inline script: false alarms. The
      // policy itself is tested in Chromium, which enforces it.
      .filter((m) => !/violates Content Security Policy \(meta tag\)/.test(m.message))
      .map((m) => `${m.url ? relative(TEST_DIST, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}: ${m.message} (${m.extract ?? ''})`);
    expect(problems).toEqual([]);
  });

  it('would catch a script after </html>, the mistake it was brought in for', () => {
    // The checker itself, on a page with the error: proves it reports what the test above relies on.
    const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '-'], {
      input: '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html><script src="/a.js"></script>',
      encoding: 'utf8',
    });
    const messages = (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
    expect(messages.some((m) => m.type === 'error' && /Stray start tag “script”/.test(m.message))).toBe(true);
  });
});
