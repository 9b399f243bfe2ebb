// The save page's script: the guide's "Set up your payment form" and "Submit the SetupIntent".
// Bundled by esbuild when the checkout serves it; it runs in the shopper's browser.
import type { StripeElements, StripeLinkAuthenticationElementOptions, StripePaymentElementOptions } from '@stripe/stripe-js';
import { readPageConfig, type SavePageConfig } from './page-config.ts';
import { loadedStripe, showMessage } from './stripe-page.ts';

const config = readPageConfig<SavePageConfig>();
const stripe = loadedStripe(config.publishableKey);
const form = document.getElementById('payment-form') as HTMLFormElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
const errorMessage = document.getElementById('error-message') as HTMLElement;

// Only the client secret: the SetupIntent itself stays on the server (SETUP-03).
const elements: StripeElements = stripe.elements({
  clientSecret: config.clientSecret,
  appearance: { theme: 'stripe', variables: { colorPrimary: '#2f6b57', borderRadius: '6px' } },
});

// EMAIL-01: the Link Authentication Element collects the email, or the Payment Element gets it.
if (config.email.collect === 'link-authentication-element') {
  const options: StripeLinkAuthenticationElementOptions = { defaultValues: { email: config.email.defaultEmail } };
  elements.create('linkAuthentication', options).mount('#link-authentication-element');
}
const paymentOptions: StripePaymentElementOptions = { layout: 'tabs' };
if (config.email.collect === 'payment-element') paymentOptions.defaultValues = { billingDetails: { email: config.email.email } };
const paymentElement = elements.create('payment', paymentOptions);
paymentElement.on('ready', () => {
  submit.disabled = false;
});
paymentElement.mount('#payment-element');

async function confirm(): Promise<void> {
  const { confirm: where } = config;
  if (where.returnUrl !== null) {
    // CONFIRM-01: on success Stripe.js redirects to return_url with setup_intent and its client secret.
    const { error } = await stripe.confirmSetup({ elements, confirmParams: { return_url: where.returnUrl } });
    return settle(error?.message);
  }
  const result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
  if (result.error) return settle(result.error.message);
  window.location.assign(`${where.afterUrl}?setup_intent=${encodeURIComponent(result.setupIntent.id)}`);
}

/** An error leaves the form usable for another try (CONFIRM-03). */
function settle(message: string | undefined): void {
  if (message === undefined) return;
  if (config.showConfirmErrors) showMessage(errorMessage, message);
  submit.disabled = false;
  submit.textContent = 'Save payment method';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  showMessage(errorMessage, '');
  submit.disabled = true;
  submit.textContent = 'Saving…';
  confirm().catch((err: unknown) => settle(err instanceof Error ? err.message : 'Something went wrong. Please try again.'));
});
