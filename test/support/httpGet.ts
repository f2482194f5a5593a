import { request } from 'node:http';

/**
 * GET http://127.0.0.1:<port>/ and its body. A server in a just-started container may not listen
 * yet: a refused connection is tried again until `timeoutMs` has passed.
 */
export async function getLocal(port: number, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await new Promise<string>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/', timeout: 2_000 }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
        }).on('error', reject).end();
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
