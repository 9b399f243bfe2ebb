/**
 * The named faults of the reference checkout. Each one is a small switch in the code path it
 * breaks, so the conformance suite can prove that it notices: switch a fault on, and the
 * requirement it names must fail while every other one still passes.
 */

/** One named fault: what it breaks, in the words of the requirement catalogue. */
export interface FaultSpec {
  name: string;
  /** The requirement of `harness/requirements/requirements.ts` this fault breaks. */
  requirement: string;
  /** What the checkout does differently with the fault switched on. */
  breaks: string;
  /**
   * Requirements that fail too, as an end-to-end consequence in a real shop (without Link on the
   * SetupIntent nothing is saved with Link; without the cookie a returning shopper is a stranger).
   * The self-test checks that the suite notices these as well.
   */
  alsoBreaks: readonly string[];
}

const fault = <const N extends string>(name: N, requirement: string, breaks: string, alsoBreaks: readonly string[] = []) => ({
  name,
  requirement,
  breaks,
  alsoBreaks,
});

/** Every fault, in the order of the guide. The README's fault table is this list. */
export const faultCatalogue = [
  fault('no-customer', 'SETUP-01', 'the SetupIntent is created without `customer`; the payment method is attached to the Customer only after setup'),
  fault('setup-intent-without-link', 'SETUP-02', "the SetupIntent's payment methods are `['card']`, without `link`", [
    'OTP-01',
    'OTP-02',
    'OTP-03',
    'FUND-01',
    'FUND-02',
    '3DS-01',
    'COOKIE-04',
    'COOKIE-05',
  ]),
  fault('leak-secret-key', 'SETUP-03', 'the save page carries the secret API key'),
  fault('leak-setup-intent', 'SETUP-03', 'the save page carries the whole SetupIntent object, not only its client secret'),
  fault('on-session-usage', 'SETUP-04', 'the SetupIntent is created with `usage: on_session`'),
  fault('no-email-element', 'EMAIL-01', 'no Link Authentication Element and no email passed to the Payment Element', ['EMAIL-02']),
  fault('script-over-http', 'FORM-01', 'the save page loads a script over plain http from another origin (an analytics snippet)'),
  fault('no-return-url', 'CONFIRM-01', "confirmSetup runs with `redirect: 'if_required'` and no `return_url`; the page moves on by itself", ['3DS-01']),
  fault('trust-query-string', 'CONFIRM-02', "the return page shows the query string's `redirect_status` instead of the SetupIntent's status"),
  fault('swallow-errors', 'CONFIRM-03', 'errors from confirmSetup are not shown to the shopper', ['3DS-02']),
  fault('no-cookie', 'COOKIE-01', 'the persistent token is read but no cookie is set', ['COOKIE-04']),
  fault('cookie-not-httponly', 'COOKIE-02', 'the persistent token cookie lacks HttpOnly'),
  fault('cookie-not-secure', 'COOKIE-02', 'the persistent token cookie lacks Secure, even over https'),
  fault('cookie-no-samesite', 'COOKIE-02', 'the persistent token cookie has no SameSite attribute'),
  fault('cookie-year-long', 'COOKIE-02', 'the persistent token cookie lives 365 days instead of 90'),
  fault('token-not-passed-back', 'COOKIE-03', 'the cookie is ignored: the next SetupIntent carries no `payment_method_options[link][persistent_token]`', [
    'COOKIE-04',
  ]),
  fault('charge-without-off-session', 'OFF-01', 'the later charge is created without `off_session`', ['OFF-02', 'OFF-03']),
  fault('authentication-required-500', 'OFF-02', '`authentication_required` escapes as a 500 instead of being recorded as needing the shopper'),
  fault('declines-not-recorded', 'OFF-03', 'a declined later charge is neither recorded nor reported with its decline code'),
  fault('unsigned-webhooks', 'HOOK-01', '`POST /webhook` takes any delivery without checking its `Stripe-Signature`'),
  fault('live-publishable-key', 'SAFE-01', "the save page hands Stripe.js the account's live publishable key (`pk_live_…`) while the server uses its test key"),
  fault('no-privacy-page', 'PRIV-01', 'no privacy page, and no link to it in the footer'),
] as const satisfies readonly FaultSpec[];

/** The name of a fault, e.g. `no-cookie`. */
export type FaultName = (typeof faultCatalogue)[number]['name'];

/** The faults switched on for one checkout. */
export type Faults = ReadonlySet<FaultName>;

/** No fault: the checkout as the guide asks. */
export const noFaults: Faults = new Set();

/** Raised for a fault name the checkout does not know; the message lists the known ones. */
export class UnknownFaultError extends Error {
  override name = 'UnknownFaultError';
}

const knownNames = faultCatalogue.map((f) => f.name) as readonly string[];

/** True when `name` is one of the catalogue's faults. */
export function isFaultName(name: string): name is FaultName {
  return knownNames.includes(name);
}

/**
 * Reads a comma-separated list of fault names, as `LINK_HARNESS_FAULTS` or `--faults` give it.
 * Blank entries are ignored; an unknown name is an error that lists the known ones.
 *
 * @example
 * parseFaults('no-cookie, cookie-year-long') // Set { 'no-cookie', 'cookie-year-long' }
 * parseFaults(undefined)                     // Set {}
 */
export function parseFaults(list: string | undefined): Faults {
  const names = (list ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !isFaultName(n));
  if (unknown.length > 0)
    throw new UnknownFaultError(
      `link-harness checkout: unknown fault${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')}. ` +
        `Known faults: ${knownNames.join(', ')}.`,
    );
  return new Set(names as FaultName[]);
}

/** The catalogue entry of a fault. */
export function faultSpec(name: FaultName): FaultSpec {
  return faultCatalogue.find((f) => f.name === name)!;
}
