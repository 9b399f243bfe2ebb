import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request whose body `readBody` has read: the text, or undefined when there was none. */
export type RequestWithBody = IncomingMessage & { body?: string };

/** Called once the body is read, or with the error that stopped it. */
type Next = (err?: unknown) => void;

/** The most a request body may hold, as Stripe's own limit is about: 1 MB. */
const LIMIT = 1024 * 1024;

/** body-parser, for what the plain path leaves to it: compressed bodies and charsets other than UTF-8. */
const textParser = express.text({ type: () => true, limit: LIMIT, defaultCharset: 'utf-8' });

const utf8Only = (contentType: string | undefined) =>
  contentType === undefined || !/charset/i.test(contentType) || /;\s*charset\s*=\s*"?utf-8"?\s*(;|$)/i.test(contentType);

/** An error the API's error handler maps by `status`, as it does body-parser's. */
const bodyError = (status: number, message: string) => Object.assign(new Error(message), { status });

/**
 * Reads the request body as UTF-8 text into `req.body` (undefined when the request has none),
 * answering 413 past 1 MB and 400 when it is shorter or longer than its Content-Length. Bodies
 * with a Content-Encoding or another charset go through body-parser, which decodes those.
 */
export function readBody(req: RequestWithBody, res: ServerResponse, next: Next): void {
  const encoding = req.headers['content-encoding'];
  if ((encoding !== undefined && encoding.toLowerCase() !== 'identity') || !utf8Only(req.headers['content-type']))
    return textParser(req as Parameters<typeof textParser>[0], res as Parameters<typeof textParser>[1], next);
  const declared = req.headers['content-length'];
  if (req.headers['transfer-encoding'] === undefined && (declared === undefined || Number.isNaN(Number(declared)))) return next();
  const expected = declared === undefined ? undefined : Number(declared);
  if (expected !== undefined && expected > LIMIT) {
    req.resume();
    return next(bodyError(413, 'request entity too large'));
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let failed = false;
  const fail = (err: Error) => {
    if (failed) return;
    failed = true;
    chunks.length = 0;
    next(err);
  };
  req.on('data', (chunk: Buffer) => {
    if (failed) return;
    received += chunk.length;
    if (received > LIMIT) return fail(bodyError(413, 'request entity too large'));
    chunks.push(chunk);
  });
  req.on('aborted', () => fail(bodyError(400, 'request aborted')));
  req.on('error', (err) => fail(Object.assign(err, { status: 400 })));
  req.on('end', () => {
    if (failed) return;
    if (expected !== undefined && received !== expected) return fail(bodyError(400, 'request size did not match content length'));
    const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
    // iconv-lite, which body-parser decodes with, drops a leading byte-order mark.
    req.body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    next();
  });
}
