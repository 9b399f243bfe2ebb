/**
 * The card elements' own look: one line of bare inputs that sits inside the merchant's container
 * (which draws the border, as with Stripe's card elements), a brand icon before the number.
 */
export const cardStyles = `
#root { padding: 0; }
.card-element { display: flex; align-items: center; gap: 8px; min-height: 1.6em; font-size: 16px; }
.card-field { display: flex; min-width: 0; }
.card-field:has(.card-input-number) { flex: 1 1 auto; min-width: 9.5em; }
.card-field:has(.card-input-expiry) { flex: 0 0 4.4em; }
.card-field:has(.card-input-cvc) { flex: 0 0 3em; }
.card-field:has(.card-input-postalCode) { flex: 0 0 4.2em; }
.card-element > .card-field:only-of-type { flex: 1 1 auto; }
.card-input {
  width: 100%; margin: 0; padding: 0; border: 0; outline: none; background: transparent; appearance: none;
  font: inherit; line-height: 1.6em; color: #32325d;
}
.card-input::placeholder { color: #aab7c4; }
.card-input.is-invalid { color: #eb1c26; }
.card-input:disabled { opacity: 0.6; }
.card-icon {
  flex: none; min-width: 2.2em; height: 1.4em; padding: 0 3px; border-radius: 3px; border: 1px solid currentColor;
  display: inline-flex; align-items: center; justify-content: center;
  font-size: 0.6em; font-weight: 700; letter-spacing: 0.02em; color: #8898aa; line-height: 1;
}
.card-icon.is-solid { border-color: transparent; background: #e6ebf1; }
.card-icon[data-brand="visa"] { color: #1a1f71; }
.card-icon[data-brand="mastercard"] { color: #eb001b; }
.card-icon[data-brand="amex"] { color: #2e77bb; }
.is-invalid .card-icon { color: #eb1c26; }
`;
