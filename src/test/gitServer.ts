import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';
/** A request body larger than this is refused: the tests push small archives. */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
/** A request that takes longer than this is cut off, so a stuck test cannot hang the suite. */
const REQUEST_TIMEOUT_MS = 20_000;

export interface GitServerOptions {
  /** When set, every request must carry it as HTTP Basic password (any user name). */
  token?: string;
}

/**
 * A git remote for the tests: Debian git's own `git http-backend` CGI behind a loopback HTTP
 * server on an ephemeral port, serving bare repositories under a temporary folder. The tests
 * start it, stop it (to play offline) and start it again on the same port.
 */
export class GitServer {
  readonly root: string;
  private server: Server | null = null;
  private portInUse = 0;
  /** Every Authorization header seen, to prove what a client sent. */
  readonly authorizations: string[] = [];

  constructor(private readonly options: GitServerOptions = {}) {
    this.root = mkdtempSync(join(tmpdir(), 'klopp-git-remote-'));
  }

  get port(): number {
    return this.portInUse;
  }

  /** The URL of a repository on this server. */
  url(name: string): string {
    return `http://127.0.0.1:${this.portInUse}/${name}.git`;
  }

  /** A new empty bare repository, as a host creates one before the first push. */
  createRepository(name: string): string {
    const folder = join(this.root, `${name}.git`);
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', folder]);
    execFileSync('git', ['-C', folder, 'config', 'http.receivepack', 'true']);
    return this.url(name);
  }

  /** The repository's folder, to inspect or tamper with it in a test. */
  folder(name: string): string {
    return join(this.root, `${name}.git`);
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => this.handle(request, response));
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = REQUEST_TIMEOUT_MS;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.portInUse, '127.0.0.1', () => resolve());
    });
    this.portInUse = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open connections: the remote is then unreachable. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Stops and removes every repository. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const authorization = request.headers.authorization ?? '';
    this.authorizations.push(authorization);
    if (this.options.token && !authorized(authorization, this.options.token)) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="klopp test remote"' }).end('Unauthorized');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const backend = spawn(HTTP_BACKEND, [], {
      env: {
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: this.root,
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        REQUEST_METHOD: request.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        CONTENT_LENGTH: request.headers['content-length'] ?? '',
        HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
        HTTP_GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
        REMOTE_USER: 'editor',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    const timer = setTimeout(() => backend.kill('SIGKILL'), REQUEST_TIMEOUT_MS);
    backend.on('close', () => clearTimeout(timer));
    backend.on('error', () => response.destroy());
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_REQUEST_BYTES) {
        backend.kill('SIGKILL');
        request.destroy();
      }
    });
    request.pipe(backend.stdin).on('error', () => undefined);
    relayCgi(backend.stdout, response);
  }
}

/** Turns a CGI answer (headers, a blank line, the body) into the HTTP response. */
function relayCgi(output: NodeJS.ReadableStream, response: ServerResponse): void {
  let head = Buffer.alloc(0);
  let started = false;
  output.on('data', (chunk: Buffer) => {
    if (started) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n') >= 0 ? head.indexOf('\r\n\r\n') : head.indexOf('\n\n');
    if (end < 0) return;
    const separator = head[end] === 13 ? 4 : 2;
    const lines = head.subarray(0, end).toString('latin1').split(/\r?\n/);
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
      else headers[name] = value;
    }
    response.writeHead(status, headers);
    started = true;
    response.write(head.subarray(end + separator));
  });
  output.on('end', () => {
    if (!started) response.writeHead(502);
    response.end();
  });
}

function authorized(header: string, token: string): boolean {
  const match = /^Basic (.+)$/.exec(header);
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}
