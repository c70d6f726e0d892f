import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serve, type HeadersFor } from '../../scripts/serve.ts';

/**
 * The hub built for tests: `npm test` builds it once into .build/test-dist with HUB_TODAY pinned
 * (see tests/global-setup.ts), so statuses and "closing soon" are the same on any day.
 * HUB_TEST_DIST gives another folder, so two test runs at once do not share one build.
 */
export const TEST_DIST = resolve(process.env.HUB_TEST_DIST ?? resolve(import.meta.dirname, '../../.build/test-dist'));
export const TEST_TODAY = '2026-11-28';

export interface RunningHub {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder on a free port of 127.0.0.1, with the same headers as `npm run serve`, or
 * with `headers` instead (a partner site is not the hub: it has its own policy, in its pages).
 */
export async function startServer(dir: string = TEST_DIST, headers?: HeadersFor): Promise<RunningHub> {
  const server: Server = await serve(dir, 0, '127.0.0.1', headers);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
