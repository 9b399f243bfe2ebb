import { idempotencyInProgress, idempotencyMismatch } from './errors.ts';

/** A stored first answer to an idempotent POST. */
interface Entry {
  fingerprint: string;
  status?: number;
  body?: unknown;
  storedAt: number;
}

/** What the store says about an incoming request. */
export type IdempotencyVerdict = { kind: 'execute' } | { kind: 'replay'; status: number; body: unknown };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Per-account store of `Idempotency-Key` answers. stripe-node sends a key with every POST, so the
 * store is bounded: oldest entries go first past `capacity`, and entries expire after 24 h as Stripe's may.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 5000) {}

  /** Decides whether to run a request or replay its first answer; throws on a mismatched reuse. */
  begin(key: string, fingerprint: string, now = Date.now()): IdempotencyVerdict {
    const found = this.entries.get(key);
    if (found && now - found.storedAt > DAY_MS) this.entries.delete(key);
    else if (found) {
      if (found.fingerprint !== fingerprint) throw idempotencyMismatch(key);
      if (found.status === undefined) throw idempotencyInProgress(key);
      return { kind: 'replay', status: found.status, body: found.body };
    }
    this.entries.set(key, { fingerprint, storedAt: now });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return { kind: 'execute' };
  }

  /**
   * Records the answer. Requests that failed validation before executing (400s) or that the
   * emulator could not answer (5xx) are forgotten, so the key can be used again, as with Stripe.
   */
  finish(key: string, status: number, body: unknown): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (status >= 500 || (status >= 400 && status !== 402)) this.entries.delete(key);
    else Object.assign(entry, { status, body });
  }

  get size(): number {
    return this.entries.size;
  }
}
