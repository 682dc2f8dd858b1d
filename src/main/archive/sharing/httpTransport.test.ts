import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test/tempArchive';
import { boundedHttp } from './httpTransport';

/** An https server on 127.0.0.1 with a certificate nobody vouches for (self-signed, made for the test). */
async function selfSignedServer(): Promise<{ url: string; close: () => void }> {
  const folder = await tempFolder();
  const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
  await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1']);
  const server = createServer({ key: await readFile(key), cert: await readFile(cert) }, (_request, response) => response.end('# service=git-upload-pack\n'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/newsroom.git/info/refs`, close: () => server.close() };
}

describe('the HTTP client sharing talks through', () => {
  it('refuses a certificate it cannot verify, whatever the environment says', async () => {
    const { url, close } = await selfSignedServer();
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      await expect(boundedHttp().request({ url })).rejects.toThrow(/its certificate cannot be trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      close();
    }
  });

  it('refuses plain http to another computer before connecting', async () => {
    await expect(boundedHttp().request({ url: 'http://git.example.com/newsroom.git/info/refs' })).rejects.toThrow(/only https is allowed/);
  });
});
