// The authenticate page's script: brings the shopper back on-session for a charge whose bank
// asked for authentication (OFF-02), confirming the PaymentIntent with its client secret.
import { readPageConfig, type AuthenticatePageConfig } from './page-config.ts';
import { loadedStripe, showMessage } from './stripe-page.ts';

const config = readPageConfig<AuthenticatePageConfig>();
const stripe = loadedStripe(config.publishableKey);
const button = document.getElementById('authenticate') as HTMLButtonElement;
const errorMessage = document.getElementById('error-message') as HTMLElement;

async function authenticate(): Promise<void> {
  // A card goes through confirmCardPayment, as in Stripe's sample for saved cards; other
  // payment methods (Link) through confirmPayment with the saved payment method.
  const result =
    config.paymentMethodType === 'card'
      ? await stripe.confirmCardPayment(config.clientSecret, { payment_method: config.paymentMethod, return_url: config.returnUrl })
      : await stripe.confirmPayment({
          clientSecret: config.clientSecret,
          confirmParams: { payment_method: config.paymentMethod, return_url: config.returnUrl },
          redirect: 'if_required',
        });
  if (result.error) {
    showMessage(errorMessage, result.error.message ?? 'Your payment could not be confirmed. Please try again.');
    button.disabled = false;
    return;
  }
  // The server reads the PaymentIntent's status there; the page does not decide.
  window.location.assign(`${config.returnUrl}?payment_intent=${encodeURIComponent(result.paymentIntent.id)}`);
}

button.disabled = false;
button.addEventListener('click', () => {
  button.disabled = true;
  showMessage(errorMessage, '');
  authenticate().catch((err: unknown) => {
    showMessage(errorMessage, err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    button.disabled = false;
  });
});
