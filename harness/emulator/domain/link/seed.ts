import { parameterInvalid, parameterMissing } from '../../core/errors.ts';
import { testCardByNumber } from '../test-cards.ts';
import { isEmail, normalizeEmail, wantsMultipleFundingSources } from './emails.ts';
import type { LinkDirectory } from './directory.ts';
import { bankAccountFundingSource, cardFundingSource, initialFundingSources, type FundingSource } from './funding-sources.ts';
import { newLinkAccount, type LinkAccount } from './link-account.ts';
import { isRecord } from '../../core/is-record.ts';

/** A funding source in a seed: a test card by number, or a US bank account. `default` marks the default one (else the first). */
export type FundingSourceSeed =
  | { type: 'card'; number: string; exp_month?: number; exp_year?: number; default?: boolean }
  | { type: 'bank_account'; bank_name?: string; last4?: string; default?: boolean };

/**
 * A returning Link shopper to seed: `fundingSources` defaults to what a sign-up would give the
 * email (Visa 4242; several for `+multiple_funding_sources@`). `locked` seeds a shopper who
 * already failed OTP.
 */
export interface LinkAccountSeed {
  email: string;
  fundingSources?: FundingSourceSeed[];
  phone?: string;
  locked?: boolean;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], path: string): void {
  const unknown = Object.keys(value).find((k) => !allowed.includes(k));
  if (unknown !== undefined)
    throw parameterInvalid(
      path ? `${path}.${unknown}` : unknown,
      `Unknown field ${path ? `${path}.` : ''}${unknown}; allowed: ${allowed.join(', ')}.`,
      'parameter_unknown',
    );
}

function optionalInt(value: unknown, path: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw parameterInvalid(path, `${path} must be an integer from ${min} to ${max}.`, 'parameter_invalid_integer');
  return value;
}

function optionalString(value: unknown, path: string, pattern: RegExp, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) throw parameterInvalid(path, `${path} must be ${what}.`);
  return value;
}

function readFundingSource(raw: unknown, path: string): { source: FundingSource; isDefault: boolean } {
  if (!isRecord(raw)) throw parameterInvalid(path, `${path} must be an object like {"type":"card","number":"4242424242424242"} or {"type":"bank_account"}.`);
  const isDefault = raw.default === undefined ? false : raw.default === true ? true : raw.default === false ? false : undefined;
  if (isDefault === undefined) throw parameterInvalid(`${path}.default`, `${path}.default must be true or false.`);
  if (raw.type === 'card') {
    onlyKeys(raw, ['type', 'number', 'exp_month', 'exp_year', 'default'], path);
    if (typeof raw.number !== 'string') throw parameterMissing(`${path}.number`);
    const card = testCardByNumber(raw.number);
    if (!card)
      throw parameterInvalid(
        `${path}.number`,
        `${path}.number must be one of the emulator's test card numbers (see testCards), got ${raw.number}.`,
        'invalid_number',
      );
    const year = new Date().getFullYear();
    const exp = { exp_month: optionalInt(raw.exp_month, `${path}.exp_month`, 1, 12), exp_year: optionalInt(raw.exp_year, `${path}.exp_year`, year, year + 50) };
    return { source: cardFundingSource(card, exp), isDefault };
  }
  if (raw.type === 'bank_account') {
    onlyKeys(raw, ['type', 'bank_name', 'last4', 'default'], path);
    const bank = {
      bank_name: optionalString(raw.bank_name, `${path}.bank_name`, /^.{1,100}$/, 'a bank name of 1 to 100 characters'),
      last4: optionalString(raw.last4, `${path}.last4`, /^\d{4}$/, 'four digits'),
    };
    return { source: bankAccountFundingSource(bank), isDefault };
  }
  throw parameterInvalid(`${path}.type`, `${path}.type must be "card" or "bank_account".`);
}

function readFundingSources(raw: unknown, email: string): { sources: FundingSource[]; defaultId?: string } {
  if (raw === undefined) return { sources: initialFundingSources(wantsMultipleFundingSources(email)) };
  if (!Array.isArray(raw) || raw.length === 0)
    throw parameterInvalid('fundingSources', 'fundingSources must be a non-empty array (leave it out for the default wallet).');
  const read = raw.map((s, i) => readFundingSource(s, `fundingSources[${i}]`));
  const defaults = read.filter((r) => r.isDefault);
  if (defaults.length > 1) throw parameterInvalid('fundingSources', 'At most one funding source can be the default.');
  return { sources: read.map((r) => r.source), ...(defaults[0] ? { defaultId: defaults[0].source.id } : {}) };
}

/**
 * Seeds (or replaces) a Link account from control-API JSON, checking every field; bad input
 * throws a Stripe-shaped 400 naming the field.
 *
 * @example
 * seedLinkAccount(account.link, { email: 'returning@example.com', fundingSources: [{ type: 'card', number: '5555555555554444' }] })
 */
export function seedLinkAccount(directory: LinkDirectory, raw: unknown): { linkAccount: LinkAccount; replaced: boolean } {
  if (!isRecord(raw)) throw parameterInvalid('body', 'The body must be a JSON object like {"email":"shopper@example.com"}.');
  onlyKeys(raw, ['email', 'fundingSources', 'phone', 'locked'], '');
  if (raw.email === undefined) throw parameterMissing('email');
  if (typeof raw.email !== 'string' || !isEmail(raw.email)) throw parameterInvalid('email', 'email must be an email address.');
  if (raw.locked !== undefined && typeof raw.locked !== 'boolean') throw parameterInvalid('locked', 'locked must be true or false.');
  const phone = optionalString(raw.phone, 'phone', /^\+\d{6,15}$/, 'a phone number in E.164 form, e.g. +15555550123');
  const email = normalizeEmail(raw.email);
  const { sources, defaultId } = readFundingSources(raw.fundingSources, email);
  const replaced = directory.get(email) !== undefined;
  const linkAccount = directory.put(
    newLinkAccount({
      email,
      fundingSources: sources,
      ...(defaultId ? { defaultFundingSourceId: defaultId } : {}),
      phone: phone ?? null,
      locked: raw.locked === true,
    }),
  );
  return { linkAccount, replaced };
}
