import { nextFrameName } from './frame-names.ts';

let helper: HTMLIFrameElement | null = null;

/**
 * Real Stripe.js adds hidden helper frames whose names share the `__privateStripeFrame` prefix
 * with the element frames. We add one too (empty, invisible, out of the tab order), so a driver
 * that picks "the first Stripe frame" instead of selecting by title fails here as it would
 * against js.stripe.com.
 */
export function ensureHelperFrame(): void {
  if (helper?.isConnected || !document.body) return;
  helper = document.createElement('iframe');
  helper.name = nextFrameName();
  helper.src = 'about:blank';
  helper.tabIndex = -1;
  helper.setAttribute('aria-hidden', 'true');
  helper.setAttribute('frameborder', '0');
  helper.setAttribute(
    'style',
    'border: none !important; margin: 0px !important; padding: 0px !important; width: 1px !important; min-width: 100% !important; overflow: hidden !important; display: block !important; visibility: hidden !important; position: fixed !important; height: 1px !important; pointer-events: none !important; user-select: none !important;',
  );
  document.body.appendChild(helper);
}
