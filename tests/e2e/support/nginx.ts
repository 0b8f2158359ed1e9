/**
 * Serves a static export with the project's own deployment config (deploy/nginx.conf), on a
 * loopback port, with a throwaway nginx prefix. Used by the e2e global setup and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './ports';

export type ServedSite = { baseUrl: string; stop: () => Promise<void> };

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** nginx on PATH, or the Debian location a non-root PATH often lacks (scripts/ensure-test-tools.sh installs it). */
function nginxBinary(): string {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, 'nginx')));
  if (onPath) return 'nginx';
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  throw new Error('nginx not found: run `bash scripts/ensure-test-tools.sh` (as root it installs nginx and Chromium)');
}

/** Fills the ${NGINX_LISTEN} and ${NGINX_ROOT} placeholders of deploy/nginx.conf, and only those. */
export function renderNginxSite(listen: string, root: string): string {
  const template = readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8');
  return template.replaceAll('${NGINX_LISTEN}', listen).replaceAll('${NGINX_ROOT}', root);
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on port ${port} within ${timeoutMs} ms`);
}

/** The minimal main config that wraps the deploy server block; every writable path is in `prefix`. */
function mainConfig(prefix: string, sitePath: string): string {
  // As root, nginx would drop workers to `nobody`, who may not be able to read a clone under /root.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${sitePath};
}
`;
}

/** Starts nginx serving `root` (an export folder) on a free loopback port. */
export async function serveWithNginx(root: string): Promise<ServedSite> {
  const absRoot = path.resolve(projectRoot, root);
  if (!statSync(path.join(absRoot, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error(`${absRoot}/index.html is missing: build the site first (npm run build)`);
  }
  // deploy/nginx.conf includes the export's redirect map; an export from before it existed cannot be served.
  if (!statSync(path.join(absRoot, 'redirects.nginx-map'), { throwIfNoEntry: false })) {
    throw new Error(`${absRoot}/redirects.nginx-map is missing: rebuild the site (npm run build writes it)`);
  }
  const port = await freePort();
  const prefix = mkdtempSync(path.join(tmpdir(), 'archive-nginx-'));
  const sitePath = path.join(prefix, 'site.conf');
  writeFileSync(sitePath, renderNginxSite(`127.0.0.1:${port}`, absRoot));
  writeFileSync(path.join(prefix, 'nginx.conf'), mainConfig(prefix, sitePath));
  const child = spawn(nginxBinary(), ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill('SIGTERM');
    const log = readFileSync(path.join(prefix, 'error.log'), { encoding: 'utf8', flag: 'a+' });
    throw new Error(`${String(error)}\n${log}`);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
