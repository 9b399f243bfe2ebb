const STYLE_ID = '__PrivateStripeStyles';

/**
 * The few page-level styles Stripe.js adds: the element loader's shimmer and the 3DS lightbox's
 * backdrop and spinner. Everything else is inline, with `!important` where a merchant's CSS
 * could otherwise reach into our wrappers, as Stripe does.
 */
const css = `
@keyframes __PrivateStripeShimmer { 0% { background-position: -300px 0; } 100% { background-position: 300px 0; } }
@keyframes __PrivateStripeSpin { to { transform: rotate(360deg); } }
.__PrivateStripeElementLoader { position: absolute; inset: 0; display: flex; flex-direction: column; gap: 12px; padding: 2px 0; pointer-events: auto; background: transparent; }
.__PrivateStripeElementLoader-line { height: 12px; width: 30%; border-radius: 4px; }
.__PrivateStripeElementLoader-field { height: 44px; border-radius: 5px; }
.__PrivateStripeElementLoader-line, .__PrivateStripeElementLoader-field {
  background: linear-gradient(90deg, #eceef1 0, #f6f8fa 50%, #eceef1 100%); background-size: 600px 100%;
  animation: __PrivateStripeShimmer 1.2s linear infinite;
}
@media (prefers-reduced-motion: reduce) {
  .__PrivateStripeElementLoader-line, .__PrivateStripeElementLoader-field, .LightboxModalLoadingIndicator::after { animation: none; }
}
.__PrivateStripeLightbox { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(26, 31, 54, 0.55) !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }
.__PrivateStripeLightbox iframe { position: absolute !important; inset: 0 !important; width: 100% !important; height: 100% !important; border: 0 !important; background: transparent !important; }
.LightboxModalLoadingIndicator { position: absolute; top: 50%; left: 50%; width: 40px; height: 40px; margin: -20px 0 0 -20px; }
.LightboxModalLoadingIndicator::after {
  content: ''; display: block; box-sizing: border-box; width: 40px; height: 40px; border-radius: 50%;
  border: 4px solid rgba(255, 255, 255, 0.35); border-top-color: #fff; animation: __PrivateStripeSpin 0.8s linear infinite;
}
`;

/** Adds the styles to the page once (again if the merchant's framework removed them). */
export function ensureStripeStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  (document.head ?? document.documentElement).appendChild(style);
}
