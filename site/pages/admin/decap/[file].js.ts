import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFiles, readDecapFile } from '../../../lib/admin/cms-source.ts';

/** Decap CMS served by the hub itself (no CDN): only /admin/ loads these files. */
export const getStaticPaths: GetStaticPaths = () => decapFiles().map((name) => ({ params: { file: name.replace(/\.js$/, '') } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readDecapFile(`${String(params.file)}.js`)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
