/**
 * Edit the hub in the browser against the working copy: starts the site (Astro's dev server, which
 * re-reads content/ on every change) and Decap CMS's local proxy (decap-server), which writes the
 * editor's saves as files in content/. Open http://127.0.0.1:4321/admin/.
 *   `npm run edit [-- --port 4321 --proxy-port 8081 --root .]`
 * --root edits another copy of the repository (the tests use a scratch copy of content/).
 * Both servers listen on 127.0.0.1 only: the proxy writes files and has no sign-in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.HUB_EDIT_PORT ?? '4321' },
    'proxy-port': { type: 'string', default: process.env.HUB_EDIT_PROXY_PORT ?? '8081' },
    root: { type: 'string', default: repo },
  },
});
const root = resolve(values.root);
const proxyUrl = `http://127.0.0.1:${values['proxy-port']}/api/v1`;
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the editor.`);
    stop(1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

start('decap-server', [resolve(repo, 'node_modules/decap-server/dist/index.js')], {
  PORT: values['proxy-port'],
  BIND_HOST: '127.0.0.1',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: root,
  LOG_LEVEL: 'warn',
});
start('astro dev', [resolve(repo, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', values.port, '--host', '127.0.0.1'], {
  ASTRO_TELEMETRY_DISABLED: '1',
  HUB_CONTENT: resolve(root, 'content'),
  HUB_CMS_PROXY_URL: proxyUrl,
});
console.log(`Editing ${resolve(root, 'content')}: open http://127.0.0.1:${values.port}/admin/ (Ctrl+C stops both servers).`);
