// Stripe's DOM lives in harness/drivers (all Stripe selectors in one place); the emulated
// Stripe.js's acceptance tests drive it through the same drivers the conformance scenarios use.
export {
  stripeDom,
  linkAuthenticationElement,
  paymentElement,
  fillCard,
  enterOneTimeCode,
  fundingSourceOption,
  threeDSecureChallenge,
  typeEmail,
  walletSource,
  logInToLink,
  stripeFrameStorage,
  addressElement,
  expressCheckoutElement,
} from '../drivers/index.ts';
export type { TypedCard } from '../drivers/index.ts';
