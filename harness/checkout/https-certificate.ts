import { generate } from 'selfsigned';

/** A TLS key and certificate in PEM, for `https.createServer`. */
export interface TlsCertificate {
  key: string;
  cert: string;
  /** SHA-1 fingerprint, as browsers show it, for the banner. */
  fingerprint: string;
}

/**
 * A self-signed certificate for the checkout's `--https` mode, made at start (selfsigned, pure
 * JavaScript, no openssl needed): valid for `localhost`, `127.0.0.1` and `::1` for 30 days.
 * Browsers warn about it; Playwright takes it with `ignoreHTTPSErrors: true`.
 *
 * @example
 * const { key, cert } = await makeLocalhostCertificate();
 * https.createServer({ key, cert }, app).listen(4242);
 */
export async function makeLocalhostCertificate(now = new Date()): Promise<TlsCertificate> {
  const notAfter = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert, fingerprint: pems.fingerprint };
}
