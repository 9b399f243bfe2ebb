/** What `link-harness init` is told about the merchant's project. */
export interface InitSettings {
  checkoutUrl: string;
  /** The command that starts the merchant's server, for the CI workflow. */
  startCommand: string;
  account: string;
}

/**
 * `link-harness.config.ts` as `init` writes it: the account and hook, and every adapter step,
 * commented out, with what its default does. A step left commented keeps its default.
 */
export function configTemplate(settings: InitSettings): string {
  return `// The conformance suite's view of this checkout: which emulator account its server uses, where
// its charge-later hook is, and the steps of the checkout that differ from the defaults below.
// A step left commented out keeps its default. \`npx link-harness doctor\` checks this file;
// \`npx link-harness test --checkout ${settings.checkoutUrl}\` runs the suite with it.
import { defineHarnessConfig /*, expect, laterChargeAnswer */ } from 'link-harness';

export default defineHarnessConfig({
  // The emulator account your server's key names: sk_test_<x> (or pk_test_<x>). Without it, the
  // suite asks GET /healthz for {"publishable_key": "pk_test_<x>"}.
  account: '${settings.account}',

  // Your charge-later hook: the default chargeLater step POSTs {customer, amount, currency,
  // payment_method?} as JSON and reads {payment_intent: {...}} or {error: {...}} back.
  // chargeUrl: '${settings.checkoutUrl}/charge-later',

  checkout: {
    // Creates the shopper's account on your site and ends signed in.
    // Default: POST /signup with name and email (the reference checkout's front-page form).
    // async signUp(page, shopper) {
    //   await page.goto('/register');
    //   await page.getByLabel('Email').fill(shopper.email);
    //   await page.getByRole('button', { name: 'Create account' }).click();
    // },

    // Opens the page with the Payment Element and waits until it can be submitted.
    // Default: /account/payment-methods/new, ready when the Payment Element is.
    // async openSavePage(page) {
    //   await page.goto('/billing/cards/new');
    //   await page.getByRole('button', { name: 'Save card' }).waitFor();
    // },

    // Submits the save form with your own button. Default: the button named "Save payment method".
    // async submitSavePage(page) {
    //   await page.getByRole('button', { name: 'Save card' }).click();
    // },

    // Where your page shows a confirm error. Default: #error-message on the save page.
    // confirmError: (page) => page.locator('#card-errors'),

    // Waits for the page after a save and reads its outcome: succeeded, processing or failed
    // (and the SetupIntent id when the page shows it). Default: [data-setup-outcome] on the return page.
    // async readOutcome(page) {
    //   await page.waitForURL(/\\/saved/);
    //   return { outcome: (await page.locator('[data-status]').getAttribute('data-status')) ?? '' };
    // },

    // Asks your shop to charge a saved payment method off-session. Default: POST to chargeUrl.
    // async chargeLater(request, charge) {
    //   return laterChargeAnswer(await request.post('${settings.checkoutUrl}/admin/charge', { data: charge }));
    // },

    // Reads the shop's own record of a later charge. Without it, "recorded" is reported as not checked.
    // async readChargeRecord(page, attempt) {
    //   await page.goto('/account/payments');
    //   return { outcome: (await page.locator(\`[data-payment-intent="\${attempt.paymentIntent?.id}"]\`).textContent()) ?? '' };
    // },

    // Brings the shopper back on-session to authenticate a charge that needs it.
    // Default: opens the hook answer's authenticate_url and presses "Confirm payment".
    // async openAuthentication(page, attempt) {
    //   await page.goto('/account/payments');
    //   await page.getByRole('link', { name: 'Confirm payment' }).click();
    // },
  },
});
`;
}

/** A GitHub Actions workflow: the merchant's server against the emulator, the suite, the reports, the gate. */
export function workflowTemplate(settings: InitSettings): string {
  const port = new URL(settings.checkoutUrl).port || '80';
  return `# Link conformance: the checkout in this repository, tested by link-harness against its Stripe
# test-mode emulator. The job fails when a requirement of Stripe's "set up future payments with
# Link" guide fails; the reports are kept either way.
name: link-conformance

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  conformance:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: Chromium for the suite
        run: npx link-harness setup --no-run
      # Your server talks to the emulator the suite starts on 127.0.0.1:12111. A Node server whose
      # Stripe client names no host is pointed there by the server hook in NODE_OPTIONS; another
      # server reads the emulator's URL from its own setting (stripe-python: api_base).
      - name: Start the checkout against the emulator
        env:
          STRIPE_SECRET_KEY: ${settings.account}
          STRIPE_PUBLISHABLE_KEY: ${settings.account.replace(/^sk_/, 'pk_')}
          NODE_OPTIONS: --import ./node_modules/link-harness/harness/server-hook/register.mjs
          PORT: '${port}'
        run: |
          ${settings.startCommand} > checkout.log 2>&1 &
          for i in $(seq 1 60); do curl -fsS -o /dev/null ${settings.checkoutUrl} && break; sleep 1; done
      - name: Link conformance
        run: npx link-harness test --checkout ${settings.checkoutUrl}
      - name: Conformance table on the run's page
        if: \${{ !cancelled() }}
        run: cat reports/conformance.md >> "$GITHUB_STEP_SUMMARY"
      - name: Keep the reports
        if: \${{ !cancelled() }}
        uses: actions/upload-artifact@v4
        with:
          name: link-conformance
          path: |
            reports/
            checkout.log
`;
}
