import { builtins } from '../builtins.ts';
import { hooksOrigin } from '../config.ts';
import { frameHash, type FromFrame } from '../protocol.ts';
import { frameMessenger } from './frame-messenger.ts';
import { nextFrameName } from './frame-names.ts';
import type { StripeContext } from './stripe-context.ts';
import { ensureStripeStyles } from './styles.ts';

/** How a challenge ended on the page: the shopper's choice on the test page. */
export type ChallengeEnd = 'authorize' | 'fail';

/**
 * The challenge page's URL as the lightbox frames it: the intent's `next_action.use_stripe_sdk.stripe_js`,
 * on Stripe's challenge origin (`hooks`: the API answers with its own, the emulator's; the
 * browser may reach it at `https://hooks.stripe.com`), plus, in the hash, the frame's name, our
 * origin and the publishable key (the page calls the API before anyone could send it a message).
 *
 * @example
 * challengeFrameUrl('http://127.0.0.1:12111/three-ds-2-challenge/src_1?intent=seti_1', 'f1', 'pk_test_x', 'https://hooks.stripe.com')
 * // 'https://hooks.stripe.com/three-ds-2-challenge/src_1?intent=seti_1#frameId=f1&parentOrigin=…&publishableKey=pk_test_x'
 */
export function challengeFrameUrl(stripeJsUrl: string, frameId: string, publishableKey: string, hooks: string = hooksOrigin): string {
  const asked = new builtins.URL(stripeJsUrl);
  const onHooks = hooks ? `${new builtins.URL(hooks).origin}${asked.pathname}${asked.search}` : `${asked.origin}${asked.pathname}${asked.search}`;
  return `${onHooks}${frameHash({ frameId, parentOrigin: location.origin })}&publishableKey=${encodeURIComponent(publishableKey)}`;
}

/**
 * Shows Stripe's 3D Secure test challenge over the page: a body-level `__privateStripeFrame<N>`
 * iframe on a dimmed backdrop, with `.LightboxModalLoadingIndicator` until the challenge page is
 * ready. Resolves with the shopper's answer once the page recorded it, after taking the lightbox
 * away.
 *
 * @example
 * const outcome = await showThreeDSecureChallenge(ctx, intent.next_action.use_stripe_sdk.stripe_js);
 */
export function showThreeDSecureChallenge(ctx: StripeContext, stripeJsUrl: string): Promise<ChallengeEnd> {
  ensureStripeStyles();
  const frameId = nextFrameName();
  const backdrop = document.createElement('div');
  backdrop.className = '__PrivateStripeLightbox';
  const iframe = document.createElement('iframe');
  iframe.name = frameId;
  iframe.title = '3D Secure authentication';
  iframe.setAttribute('frameborder', '0');
  iframe.setAttribute('allowtransparency', 'true');
  iframe.setAttribute('allow', 'payment *');
  const src = challengeFrameUrl(stripeJsUrl, frameId, ctx.publishableKey);
  iframe.src = src;
  const loading = document.createElement('div');
  loading.className = 'LightboxModalLoadingIndicator';
  loading.setAttribute('role', 'progressbar');
  loading.setAttribute('aria-label', 'Loading');
  backdrop.append(iframe, loading);

  // Keyboard users land in the challenge, and back where they were once it is answered.
  const focusedBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new builtins.Promise<ChallengeEnd>((resolve) => {
    frameMessenger.register(frameId, {
      window: () => iframe.contentWindow,
      origin: new builtins.URL(src).origin,
      onMessage(message: FromFrame) {
        if (message.type === 'ready') {
          loading.remove();
          iframe.focus();
        }
        if (message.type !== 'challenge-complete') return;
        frameMessenger.unregister(frameId);
        backdrop.remove();
        focusedBefore?.focus();
        resolve(message.outcome);
      },
    });
    document.body.appendChild(backdrop);
  });
}
