/**
 * A throwaway certificate authority, a server certificate for 127.0.0.1 and a client certificate,
 * made with openssl in `dir` under the names dockerd and DOCKER_CERT_PATH expect:
 * ca.pem, server-cert.pem, server-key.pem (server) and ca.pem, cert.pem, key.pem (client).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function makeTlsCertificates(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const openssl = (args: string[]) => run('openssl', args, { cwd: dir });
  const newKey = ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const sign = ['x509', '-req', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-days', '7'];
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  await openssl([...newKey, '-x509', '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-subj', '/CN=berth-test-ca']);
  await Promise.all([
    openssl([...newKey, '-keyout', 'server-key.pem', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']),
    openssl([...newKey, '-keyout', 'key.pem', '-out', 'client.csr', '-subj', '/CN=client']),
  ]);
  // Both sign with the same CA serial file: one after the other.
  await openssl([...sign, '-in', 'server.csr', '-out', 'server-cert.pem', '-extfile', 'server.ext']);
  await openssl([...sign, '-in', 'client.csr', '-out', 'cert.pem', '-extfile', 'client.ext']);
}
