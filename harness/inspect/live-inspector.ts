import type { BrowserContext } from '@playwright/test';
import Stripe from 'stripe';
import { InspectionUnavailableError, type CallFilter, type Inspector, type InspectorCapabilities, type StripeCall } from './glossary.ts';
import { BrowserTraffic } from './browser-traffic.ts';
import { ObjectReader } from './object-reader.ts';
import { ObjectInspection } from './object-inspection.ts';

/** What the live inspector needs: the shop's test secret key. */
export interface LiveInspectorOptions {
  /** `sk_test_…` or `rk_test_…` (live keys are refused before this point, by the target). */
  secretKey: string;
  /** Test start (ms since the epoch); default now. */
  since?: number;
  /** A client to use instead of one built from the key (tests pass a fake). */
  stripe?: Stripe;
  /**
   * Called, instead of rejecting, when a question cannot be answered in live mode; it throws
   * (the fixtures end the scenario as not applicable with it).
   */
  whenUnavailable?: (error: InspectionUnavailableError) => never;
}

/**
 * The inspector against Stripe's real test mode: objects from Stripe's API (SetupIntents and
 * PaymentIntents created since the test began, listed with `created[gte]`; what the shopper's
 * browser sent Stripe, from the browser itself), no request log (Stripe
 * keeps no per-call parameters we can read), so `calls()` raises {@link InspectionUnavailableError}
 * and scenarios report such checks as not applicable.
 *
 * Written to Stripe's documented API; NOT exercised by the harness's own tests beyond construction
 * (no machine here reaches api.stripe.com).
 *
 * @example
 * const inspector = new LiveInspector({ secretKey: process.env.STRIPE_SECRET_KEY! });
 * const setupIntent = await inspector.setupIntent(inspector.browser.setupIntentsHandled().at(-1)!.id);
 */
export class LiveInspector extends ObjectInspection implements Inspector {
  readonly mode = 'stripe-test-mode';
  readonly capabilities: InspectorCapabilities = { requestLog: false, linkAccounts: false };
  readonly since: number;
  readonly stripe: Stripe;
  protected readonly objects: ObjectReader;
  readonly browser = new BrowserTraffic((url) => url.hostname === 'api.stripe.com');
  private readonly whenUnavailable: LiveInspectorOptions['whenUnavailable'];

  constructor(options: LiveInspectorOptions) {
    super();
    if (!/^(sk|rk)_test_/.test(options.secretKey))
      throw new Error(
        `link-harness inspector: live Stripe inspection takes a test-mode secret key (sk_test_… or rk_test_…), got ${options.secretKey.slice(0, 8)}….`,
      );
    this.since = options.since ?? Date.now();
    this.whenUnavailable = options.whenUnavailable;
    this.stripe = options.stripe ?? new Stripe(options.secretKey, { maxNetworkRetries: 2, appInfo: { name: 'link-harness inspector' } });
    // Stripe's clock and ours differ by a little; a minute of slack, then shopper scopes narrow it.
    this.objects = new ObjectReader({ stripe: this.stripe, since: this.since, skewSeconds: 60, listsFilterByCreated: true });
  }

  watchBrowser(context: BrowserContext): void {
    this.browser.watch(context);
  }

  calls(_filter?: CallFilter): Promise<StripeCall[]> {
    const error = new InspectionUnavailableError(
      'requestLog',
      'link-harness inspector: live Stripe test mode has no request log the harness can read, so which calls the integration made (and with which parameters) cannot be checked. Check inspector.capabilities.requestLog and report the check as not applicable, or run against the emulator (unset STRIPE_SECRET_KEY).',
    );
    this.whenUnavailable?.(error);
    return Promise.reject(error);
  }
}
