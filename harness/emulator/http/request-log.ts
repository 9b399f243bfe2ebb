/** One call to the emulator, as the suite reads it back to see what an integration did. */
export interface RequestLogEntry {
  /** The `Request-Id` the emulator answered with. */
  id: string;
  /** Milliseconds since the epoch when the request arrived. */
  time: number;
  method: string;
  path: string;
  /** Decoded query and body parameters, with the `key` parameter removed. */
  params: Record<string, unknown>;
  /**
   * The account's key suffix (`sk_test_<x>` → `<x>`). A refused live key (`sk_live_<x>`) is filed
   * under the account its suffix names, so the shop's own log shows it; any other refused key: null.
   */
  account: string | null;
  /** `secret` or `publishable` for an accepted key; null when the key was refused. */
  keyKind: 'secret' | 'publishable' | null;
  /** The key as sent; a refused live key redacted to its first and last characters. */
  key: string | null;
  /** What the answer was about: its object's `id`, or the intent a card error carries; null otherwise. */
  objectId: string | null;
  status: number;
  durationMs: number;
  idempotencyKey: string | null;
  replayed: boolean;
  /** The Stripe error type and code when the answer was an error. */
  error: { type: string; code?: string; param?: string } | null;
}

/** How many requests the log keeps by default: a full conformance run with room to spare. */
export const DEFAULT_REQUEST_LOG_SIZE = 50_000;

/** What `list` may narrow the log to. */
export interface RequestLogFilter {
  account?: string;
  /** Only entries that arrived at or after this time (milliseconds since the epoch). */
  since?: number;
  path?: string;
  method?: string;
}

/**
 * A ring of the most recent requests, across accounts: adding to a full ring forgets the oldest
 * entry, so memory stays bounded by `capacity` however long the emulator runs.
 */
export class RequestLog {
  private slots: (RequestLogEntry | undefined)[] = [];
  /** Index of the oldest entry in `slots`. */
  private head = 0;
  private count = 0;

  constructor(readonly capacity = DEFAULT_REQUEST_LOG_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`The request log size must be a whole number of at least 1, got ${capacity}.`);
  }

  /** How many entries the log holds now. */
  get size(): number {
    return this.count;
  }

  add(entry: RequestLogEntry): void {
    if (this.count < this.capacity) {
      this.slots[(this.head + this.count) % this.capacity] = entry;
      this.count++;
    } else {
      this.slots[this.head] = entry;
      this.head = (this.head + 1) % this.capacity;
    }
  }

  /** Entries oldest first, optionally only those matching every given filter. */
  list(filter: RequestLogFilter = {}): RequestLogEntry[] {
    const { account, since, path, method } = filter;
    const upper = method?.toUpperCase();
    const out: RequestLogEntry[] = [];
    for (let i = 0; i < this.count; i++) {
      const e = this.slots[(this.head + i) % this.capacity]!;
      if (account !== undefined && e.account !== account) continue;
      if (since !== undefined && e.time < since) continue;
      if (path !== undefined && e.path !== path) continue;
      if (upper !== undefined && e.method !== upper) continue;
      out.push(e);
    }
    return out;
  }

  find(id: string): RequestLogEntry | undefined {
    for (let i = 0; i < this.count; i++) {
      const e = this.slots[(this.head + i) % this.capacity]!;
      if (e.id === id) return e;
    }
    return undefined;
  }

  /** Forgets one account's entries, or all (dropping the storage, so the memory is freed). */
  clear(account?: string): void {
    const kept = account === undefined ? [] : this.list().filter((e) => e.account !== account);
    this.slots = kept;
    this.head = 0;
    this.count = kept.length;
  }
}
