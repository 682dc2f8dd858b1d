import * as http from 'node:http';
import * as https from 'node:https';
import type { GitHttpRequest, GitHttpResponse, HttpClient } from 'isomorphic-git';
import { ArchiveError } from '../../../shared/contract/errors';
import { isLoopbackHost } from '../../../shared/derived/shareUrl';
import { MAX_ARCHIVE_BYTES } from '../limits';

export interface TransportLimits {
  /** Everything one answer of the remote may weigh: a shared archive is at most an archive file. */
  maxResponseBytes?: number;
  /** No byte for this long and the remote counts as unreachable. */
  idleTimeoutMs?: number;
}

/** The remote did not answer (down, no network, a timeout): offline, try later. */
export class RemoteUnreachable extends Error {
  constructor(readonly reason: string) {
    super(`The shared archive's remote cannot be reached (${reason})`);
  }
}

/**
 * The HTTP client isomorphic-git talks to the remote through. It is strict where a
 * newsroom's data crosses the network: https with the system's certificate checks (never
 * turned off, whatever the environment says), plain http only to this computer, no
 * redirects followed (a remote that sends elsewhere is refused), and every answer bounded
 * in size and in silence.
 */
export function boundedHttp({ maxResponseBytes = MAX_ARCHIVE_BYTES, idleTimeoutMs = 30_000 }: TransportLimits = {}): HttpClient {
  return {
    async request({ url, method = 'GET', headers = {}, body }: GitHttpRequest): Promise<GitHttpResponse> {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      if (!secure && !(target.protocol === 'http:' && isLoopbackHost(target.hostname))) {
        throw new ArchiveError({ code: 'forbidden', message: `Refused to talk to ${target.origin}: only https is allowed (plain http only to this computer)` });
      }
      const payload = body ? await collect(body) : undefined;
      const options: https.RequestOptions = {
        method,
        headers: payload ? { ...headers, 'content-length': String(payload.length) } : headers,
        timeout: idleTimeoutMs,
        // No kept-alive sockets: the command line exits as soon as its sync is done.
        agent: false,
        ...(secure ? { rejectUnauthorized: true } : {}),
      };
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const request = (secure ? https : http).request(target, options, resolve);
        request.on('timeout', () => request.destroy(new RemoteUnreachable(`no answer for ${Math.round(idleTimeoutMs / 1000)} s`)));
        request.on('error', (error) => reject(classify(error, target.origin)));
        request.end(payload);
      });
      response.setTimeout(idleTimeoutMs, () => response.destroy(new RemoteUnreachable(`the answer stalled for ${Math.round(idleTimeoutMs / 1000)} s`)));
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxResponseBytes) {
        response.destroy();
        throw tooLarge(target.origin, declared, maxResponseBytes);
      }
      return {
        url,
        method,
        statusCode: response.statusCode ?? 0,
        statusMessage: response.statusMessage ?? '',
        headers: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')])),
        body: bounded(response, target.origin, maxResponseBytes),
      };
    },
  };
}

async function* bounded(response: http.IncomingMessage, origin: string, limit: number): AsyncIterableIterator<Uint8Array> {
  let received = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > limit) {
        response.destroy();
        throw tooLarge(origin, received, limit);
      }
      yield chunk;
    }
  } catch (error) {
    throw classify(error as Error, origin);
  }
}

async function collect(body: AsyncIterableIterator<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function tooLarge(origin: string, bytes: number, limit: number): ArchiveError {
  return new ArchiveError({
    code: 'invalid-archive',
    message: `Refused the answer of ${origin}: more than ${Math.round(limit / 1024 / 1024)} MB (${bytes.toLocaleString('en-GB')} bytes so far); a shared archive is never larger than an archive file`,
  });
}

/** Network failures that mean "not now" rather than "never". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE', 'ECONNABORTED']);

function classify(error: Error, origin: string): Error {
  if (error instanceof RemoteUnreachable || error instanceof ArchiveError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (UNREACHABLE.has(code)) return new RemoteUnreachable(code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `${new URL(origin).hostname} is not found: no network?` : `${code} from ${origin}`);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS|SSL/i.test(code) || /certificate/i.test(error.message)) {
    return new ArchiveError({
      code: 'forbidden',
      message: `Refused ${origin}: its certificate cannot be trusted (${code || error.message}). Ask whoever runs the git host; the archive never talks to a remote it cannot verify.`,
    });
  }
  return error;
}
