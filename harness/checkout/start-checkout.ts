import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { buildCheckout, type CheckoutOptions } from './app.ts';
import type { CheckoutContext } from './context.ts';
import { makeLocalhostCertificate, type TlsCertificate } from './https-certificate.ts';

/** Where and how the checkout listens. */
export interface StartCheckoutOptions extends CheckoutOptions {
  /** Default 4242; 0 picks a free port. */
  port?: number;
  /** Address to bind; default 127.0.0.1. The printed URL says `localhost` for loopback and every-interface binds. */
  host?: string;
  /** Serve over TLS with a self-signed certificate made at start. */
  https?: boolean;
}

/** A listening checkout. */
export interface RunningCheckout {
  /** e.g. `http://localhost:4242`: on `localhost`, so that Stripe's frames (on 127.0.0.1) are third-party. */
  url: string;
  port: number;
  host: string;
  https: boolean;
  /** The self-signed certificate of an https checkout, for clients that should trust it. */
  certificate: TlsCertificate | undefined;
  server: Server;
  context: CheckoutContext;
  close(): Promise<void>;
}

/** Raised when the checkout cannot listen, with a reason a person can act on. */
export class CheckoutStartError extends Error {
  override name = 'CheckoutStartError';
}

const loopbackOrAny = new Set(['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::']);

/**
 * Starts the reference checkout and resolves once it accepts connections.
 *
 * @example
 * const checkout = await startCheckout({ port: 0, backend: emulatorBackend({ emulatorUrl: emulator.url }) });
 * console.log(checkout.url); // http://localhost:53211
 */
export async function startCheckout({ port = 4242, host = '127.0.0.1', https = false, ...options }: StartCheckoutOptions): Promise<RunningCheckout> {
  const { app, context } = buildCheckout(options);
  const certificate = https ? await makeLocalhostCertificate() : undefined;
  const server: Server = certificate ? createHttpsServer(certificate, app) : createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(
          new CheckoutStartError(
            `link-harness checkout: port ${port} on ${host} is already in use; stop what uses it or pass --port <free port> (0 picks one).`,
          ),
        );
      else if (err.code === 'EACCES')
        reject(new CheckoutStartError(`link-harness checkout: no permission to listen on ${host}:${port}; choose a port above 1024.`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new CheckoutStartError(`link-harness checkout: cannot listen on host ${host}: it is not an address of this machine.`));
      else reject(err);
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = loopbackOrAny.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `${https ? 'https' : 'http'}://${urlHost}:${address.port}`,
    port: address.port,
    host: address.address,
    https,
    certificate,
    server,
    context,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
