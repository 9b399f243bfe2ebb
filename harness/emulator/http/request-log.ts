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

/** A ring of the most recent requests, across accounts. */
export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = 20000) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** Entries oldest first, optionally only one account's or those after a time. */
  list(filter: { account?: string; since?: number } = {}): RequestLogEntry[] {
    return this.entries.filter(
      (e) => (filter.account === undefined || e.account === filter.account) && (filter.since === undefined || e.time >= filter.since),
    );
  }

  find(id: string): RequestLogEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Forgets one account's entries, or all. */
  clear(account?: string): void {
    if (account === undefined) this.entries.length = 0;
    else {
      const kept = this.entries.filter((e) => e.account !== account);
      this.entries.length = 0;
      this.entries.push(...kept);
    }
  }
}
