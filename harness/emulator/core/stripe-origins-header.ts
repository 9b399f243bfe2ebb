/**
 * The header a harness browser's route adds when it fetches a script the page asked of Stripe's
 * origins (or of the emulator): the script then uses Stripe's origins too.
 */
export const stripeOriginsHeader = 'x-link-harness-origins';
