/**
 * A local HTTP server that speaks Find an apprenticeship's Display Advert API v2 from stored
 * answers, for the importer's tests and for remaking the stored sample data without a key. Like
 * the real service it serves under a base path (/vacancies), insists on `X-Version: 2` and the
 * subscription key, filters by region, standards and routes, and pages. Tests can make it fail:
 * an HTTP status, a body cut short, or an answer slower than the importer waits.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { distanceMiles } from '@opportunities-hub/model';
import { KEY_HEADER } from './faa-api.ts';

/** A vacancy as the detail endpoint answers it (plain JSON). */
export type SampleVacancy = Record<string, unknown> & {
  vacancyReference: string;
  course: { larsCode: number; route?: string; title: string };
};

/** Fields only GET /vacancy/{ref} sends; the list leaves them out. */
const DETAIL_ONLY = [
  'employerDescription',
  'trainingDescription',
  'additionalTrainingDescription',
  'outcomeDescription',
  'fullDescription',
  'skills',
  'qualifications',
  'thingsToConsider',
  'companyBenefitsInformation',
];

export interface SampleBehaviour {
  /** The answers served; change between runs to make vacancies appear or go. */
  vacancies: SampleVacancy[];
  /** Answer every request whose path matches with this HTTP status (and a JSON error body). */
  failWith?: { status: number; path?: RegExp };
  /** Send a body cut off half way (a broken connection). */
  truncate?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Send this instead of the real answer, to test malformed answers. */
  replaceBody?: unknown;
  /** Standards served at /api/apprenticeshipstandards/{reference}, as Skills England answers them. */
  standards?: (Record<string, unknown> & { referenceNumber: string })[];
}

export interface SampleServer {
  /** The base address, path included: http://127.0.0.1:PORT/vacancies. */
  base: string;
  /** The standards API's base address: http://127.0.0.1:PORT/api (no key needed there). */
  standardsBase: string;
  /** Every request's path and query, in order. */
  requests: string[];
  behaviour: SampleBehaviour;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, behaviour: Pick<SampleBehaviour, 'truncate'>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  if (behaviour.truncate) {
    // Promise the whole length, send half, then drop the connection.
    res.write(text.slice(0, Math.floor(text.length / 2)), () => res.destroy());
    return;
  }
  res.end(text);
}

function list(vacancies: SampleVacancy[], query: URLSearchParams) {
  const lars = query.getAll('StandardLarsCode').map(Number);
  const routes = query.getAll('Routes').map((r) => r.toLowerCase());
  const lat = Number(query.get('Lat'));
  const lng = Number(query.get('Lon'));
  const radius = Number(query.get('DistanceInMiles'));
  const national = query.get('ExcludeRecruitingNationally') !== 'true';
  const matches = vacancies.filter((v) => {
    if (lars.length && !lars.includes(v.course.larsCode)) return false;
    if (routes.length && !routes.includes(String(v.course.route).toLowerCase())) return false;
    if (v['isNationalVacancy']) return national;
    const addresses = (v['addresses'] ?? []) as { latitude: number; longitude: number }[];
    return !radius || addresses.some((a) => distanceMiles({ lat, lng }, { lat: a.latitude, lng: a.longitude }) <= radius);
  });
  const size = Number(query.get('PageSize') ?? 10);
  const page = Number(query.get('PageNumber') ?? 1);
  const items = matches
    .slice((page - 1) * size, page * size)
    .map((v) => Object.fromEntries(Object.entries(v).filter(([k]) => !DETAIL_ONLY.includes(k))));
  return { vacancies: items, total: vacancies.length, totalFiltered: matches.length, totalPages: Math.ceil(matches.length / size) };
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startSampleServer(key: string, behaviour: SampleBehaviour): Promise<SampleServer> {
  const requests: string[] = [];
  const state = { behaviour };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const b = state.behaviour;
    if (b.delayMs) await new Promise((resolve) => setTimeout(resolve, b.delayMs));
    const standard = /^\/api\/apprenticeshipstandards\/([^/]+)$/.exec(url.pathname);
    if (standard) {
      if (b.failWith) return send(res, b.failWith.status, { message: 'failing on purpose' }, {});
      if (b.replaceBody !== undefined) return send(res, 200, b.replaceBody, b);
      const found = b.standards?.find((s) => s.referenceNumber.toUpperCase() === decodeURIComponent(standard[1]!).toUpperCase());
      return found ? send(res, 200, found, b) : send(res, 404, { message: 'Not found' }, {});
    }
    if (req.headers['x-version'] !== '2') return send(res, 400, { message: 'X-Version header must be 2' }, {});
    if (req.headers[KEY_HEADER.toLowerCase()] !== key) {
      // Like the real gateway; it even repeats what it was sent, so the importer must never echo bodies.
      return send(
        res,
        401,
        { statusCode: 401, message: `Access denied due to invalid subscription key ${String(req.headers[KEY_HEADER.toLowerCase()])}` },
        {},
      );
    }
    if (b.failWith && (!b.failWith.path || b.failWith.path.test(url.pathname))) {
      return send(res, b.failWith.status, { statusCode: b.failWith.status, message: `failing on purpose, key ${key}` }, {});
    }
    if (b.replaceBody !== undefined) return send(res, 200, b.replaceBody, b);
    const path = url.pathname.replace(/^\/vacancies/, '');
    if (path === '/vacancy') return send(res, 200, list(b.vacancies, url.searchParams), b);
    const detail = /^\/vacancy\/([^/]+)$/.exec(path);
    if (detail) {
      const found = b.vacancies.find((v) => v.vacancyReference === decodeURIComponent(detail[1]!));
      return found ? send(res, 200, found, b) : send(res, 404, { message: 'Vacancy not found' }, {});
    }
    if (path === '/referencedata/courses') {
      const courses = new Map(
        b.vacancies.map((v) => [v.course.larsCode, { larsCode: v.course.larsCode, title: v.course.title, route: v.course.route }]),
      );
      return send(res, 200, { courses: [...courses.values()] }, b);
    }
    return send(res, 404, { message: 'Not found' }, {});
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/vacancies`,
    standardsBase: `http://127.0.0.1:${port}/api`,
    requests,
    get behaviour() {
      return state.behaviour;
    },
    set behaviour(next) {
      state.behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
