import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { DEFAULT_API_VERSION } from '../emulator/index.ts';

/** One Stripe API call of a workload. */
export interface ApiCall {
  method: 'GET' | 'POST';
  path: string;
  /** Form parameters: the body of a POST, the query of a GET. */
  params?: Record<string, string>;
}

/** Raised on any answer outside 2xx: a benchmark of errors would measure nothing worth knowing. */
export class BenchRequestError extends Error {
  override name = 'BenchRequestError';
}

/**
 * A keep-alive HTTP client for the emulator's Stripe API that sends what stripe-node sends
 * (Bearer key, form body, an Idempotency-Key on every POST) and rejects any non-2xx answer.
 *
 * @example
 * const client = new BenchClient('http://127.0.0.1:12111', 'sk_test_bench', 16);
 * const customer = await client.call({ method: 'POST', path: '/v1/customers', params: { email: 'a@example.com' } });
 */
export class BenchClient {
  private readonly agent: Agent;
  private readonly base: URL;

  constructor(
    baseUrl: string,
    private readonly secretKey: string,
    maxSockets: number,
  ) {
    this.base = new URL(baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** Sends one call and resolves with the parsed JSON body. */
  call({ method, path, params = {} }: ApiCall): Promise<Record<string, unknown>> {
    const form = new URLSearchParams(params).toString();
    const headers: Record<string, string> = { Authorization: `Bearer ${this.secretKey}`, 'Stripe-Version': DEFAULT_API_VERSION };
    if (method === 'POST') {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers['Content-Length'] = String(Buffer.byteLength(form));
      headers['Idempotency-Key'] = `bench-${randomUUID()}`;
    }
    const fullPath = method === 'GET' && form ? `${path}?${form}` : path;
    return new Promise((resolve, reject) => {
      const req = request({ agent: this.agent, hostname: this.base.hostname, port: this.base.port, method, path: fullPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status < 200 || status > 299)
            return reject(new BenchRequestError(`link-harness bench: ${method} ${fullPath} answered ${status}, expected 2xx: ${text.slice(0, 300)}`));
          try {
            resolve(JSON.parse(text) as Record<string, unknown>);
          } catch {
            reject(new BenchRequestError(`link-harness bench: ${method} ${fullPath} answered ${status} with a body that is not JSON: ${text.slice(0, 300)}`));
          }
        });
      });
      req.on('error', (err) => reject(new BenchRequestError(`link-harness bench: ${method} ${fullPath} failed: ${err.message}`)));
      req.end(method === 'POST' ? form : undefined);
    });
  }

  /** Closes the kept-alive sockets so the process can exit. */
  close(): void {
    this.agent.destroy();
  }
}
