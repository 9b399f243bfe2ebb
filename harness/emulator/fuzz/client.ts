import { Agent, request } from 'node:http';

/** What came back for one raw request. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * A keep-alive HTTP client for raw requests the fetch API would refuse or normalise (unknown
 * methods, broken percent-encoding, latin-1 bytes in paths, bodies on GET).
 *
 * @example
 * const client = rawClient('127.0.0.1', port);
 * await client.send({ method: 'GET', path: '/v1/customers', headers: {}, body: undefined });
 * client.close();
 */
export function rawClient(host: string, port: number, maxSockets = 8) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  return {
    send(req: { method: string; path: string; headers: Record<string, string>; body: Buffer | undefined }): Promise<RawResponse> {
      return new Promise((resolve, reject) => {
        const headers = { ...req.headers, ...(req.body ? { 'content-length': String(req.body.length) } : {}) };
        const outgoing = request({ host, port, method: req.method, path: req.path, headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end(req.body);
      });
    },
    close: () => agent.destroy(),
  };
}
