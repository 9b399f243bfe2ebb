import type { Accounts } from '../domain/account.ts';
import type { RequestLog } from '../http/request-log.ts';

/** The live state of one emulator: its accounts and its request log. The control API reads and resets it. */
export interface EmulatorState {
  accounts: Accounts;
  log: RequestLog;
  /** The base URL the emulator is reachable at, known once it listens. */
  baseUrl(): string;
}
