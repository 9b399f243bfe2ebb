import express, { type Express } from 'express';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Accounts } from './domain/account.ts';
import { endpoints } from './endpoints.ts';
import { RequestLog } from './http/request-log.ts';
import { isApiUrl, stripeApi, type ApiListener } from './http/serve-endpoints.ts';
import { controlApi } from './control/index.ts';
import type { EmulatorState } from './control/emulator-state.ts';
import { stripeJsRoutes } from './browser-serve/index.ts';
import { WebhookSender } from './webhooks/sender.ts';
import { DEFAULT_WEBHOOK_RETRY_DELAYS } from './webhooks/retry-delays.ts';

export type { EmulatorState } from './control/emulator-state.ts';

const apiOf = (state: EmulatorState): ApiListener => stripeApi({ accounts: state.accounts, log: state.log, endpoints, baseUrl: state.baseUrl });

/** Builds the emulator as an Express app: `/v1` (Stripe's API), `/_harness` (the control API) and Stripe.js. */
export function createEmulatorApp(state: EmulatorState, api: ApiListener = apiOf(state)): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req, res, next) => (isApiUrl(req.url) ? api(req, res) : next()));
  app.use('/_harness', controlApi(state));
  app.use(stripeJsRoutes(state.baseUrl));
  app.use((req, res) => {
    res.status(404).json({
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${req.method}: ${req.path}). The link-harness emulator serves /v1 (Stripe's API), /v3 (Stripe.js) and /_harness (its control API).`,
      },
    });
  });
  return app;
}

/**
 * The emulator's request listener: `/v1` goes straight to the API on Node's own request and
 * response (no Express on the path every SDK call takes); everything else to the Express app.
 */
export function emulatorListener(state: EmulatorState): RequestListener {
  const api = apiOf(state);
  const app = createEmulatorApp(state, api);
  return (req, res) => (isApiUrl(req.url) ? api(req, res) : app(req, res));
}

export interface StartOptions {
  /** Port to listen on; 0 picks a free one. Default 12111. */
  port?: number;
  /** Host to bind; default 127.0.0.1. */
  host?: string;
  /** How many requests the request log keeps before forgetting the oldest; default 50,000. */
  requestLogSize?: number;
  /** Waits before each retry of a failed webhook delivery, in ms; default 1 s, 5 s, 25 s, 125 s. */
  webhookRetryDelays?: readonly number[];
}

export interface RunningEmulator extends EmulatorState {
  /** e.g. `http://127.0.0.1:12111` */
  url: string;
  port: number;
  host: string;
  server: Server;
  close(): Promise<void>;
}

/** Raised when the emulator cannot listen, with a one-line reason a person can act on. */
export class EmulatorStartError extends Error {
  override name = 'EmulatorStartError';
}

/**
 * Starts the emulator and resolves once it accepts connections.
 *
 * @example
 * const emulator = await startEmulator({ port: 0 });
 * const stripe = new Stripe('sk_test_shop', { host: emulator.host, port: emulator.port, protocol: 'http' });
 */
export async function startEmulator({ port = 12111, host = '127.0.0.1', requestLogSize, webhookRetryDelays }: StartOptions = {}): Promise<RunningEmulator> {
  let url = '';
  const webhooks = new WebhookSender({ retryDelays: webhookRetryDelays ?? DEFAULT_WEBHOOK_RETRY_DELAYS });
  const state: EmulatorState = { accounts: new Accounts(webhooks.send), log: new RequestLog(requestLogSize), baseUrl: () => url };
  const server = createServer(emulatorListener(state));
  server.keepAliveTimeout = 65_000;
  // Requests Node cannot parse (oversized headers, bad request lines) still get a Stripe-shaped answer.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify({ error: { type: 'invalid_request_error', message: `The request could not be parsed (${err.code ?? 'bad request'}).` } });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new EmulatorStartError(`link-harness: port ${port} on ${host} is already in use; stop what uses it or pass --port <free port> (0 picks one).`));
      else if (err.code === 'EACCES') reject(new EmulatorStartError(`link-harness: no permission to listen on ${host}:${port}; choose a port above 1024.`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new EmulatorStartError(`link-harness: cannot listen on host ${host}: it is not an address of this machine.`));
      else reject(err);
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${urlHost}:${address.port}`;
  return {
    ...state,
    url,
    port: address.port,
    host: address.address,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        webhooks.close();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
