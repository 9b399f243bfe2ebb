import { builtins } from '../../builtins.ts';
import { envelope, openEnvelope, type FromFrame } from '../../protocol.ts';
import { emulatorApi } from '../shared/api.ts';
import { readChallengeAddress, type ChallengeAddress } from './challenge-address.ts';
import { challengePageCss } from './styles.ts';

/**
 * The outer 3D Secure test challenge page (`/three-ds-2-challenge/src_…`). In Stripe.js's
 * lightbox it draws the test-mode modal around the inner challenge frame
 * (`iframe[name="stripe-challenge-frame"]`, the nesting real Stripe has) and passes the inner
 * page's messages on to the merchant page. Opened full-page (a `redirect_to_url` challenge) it
 * sends the shopper on to the `return_url` once they answer.
 */

const INNER_FRAME = 'stripe-challenge-frame';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function toMerchant(address: ChallengeAddress, message: FromFrame): void {
  if (address.parent) builtins.postMessage(window.parent, envelope(address.parent.frameId, message), address.parent.parentOrigin);
}

/** Full-page challenge: the answer is recorded; read where the shopper goes next and go there. */
async function continueFullPage(address: ChallengeAddress, body: HTMLElement): Promise<void> {
  if (!address.publishableKey) return;
  const res = await emulatorApi(address.publishableKey).get<{ redirect_url: string | null }>(`/v1/3ds2/challenges/${encodeURIComponent(address.source)}`);
  if (res.ok && res.body.redirect_url) return window.location.assign(res.body.redirect_url);
  body.replaceChildren(el('p', 'ChallengeModal-note', 'The challenge is answered. You can close this page.'));
}

function render(address: ChallengeAddress): void {
  const style = document.createElement('style');
  style.textContent = challengePageCss;
  document.head.appendChild(style);

  const modal = el('div', 'ChallengeModal');
  modal.setAttribute('role', 'dialog');
  modal.setAttribute('aria-modal', 'true');
  modal.setAttribute('aria-labelledby', 'challenge-title');
  const header = el('div', 'ChallengeModal-header');
  const title = el('h1', 'ChallengeModal-title', '3D Secure authentication');
  title.id = 'challenge-title';
  header.append(el('span', 'TestModeBadge', 'Test mode'), title);
  const body = el('div', 'ChallengeModal-body');
  modal.append(header, body);
  (document.getElementById('root') ?? document.body).appendChild(modal);

  if (!address.source || !address.publishableKey) {
    body.appendChild(
      el(
        'p',
        'ChallengeModal-note',
        'link-harness: this challenge page was opened without its publishable key. Stripe.js opens it with one; a full-page challenge needs ?key=pk_test_… in its URL.',
      ),
    );
    return;
  }
  const loading = el('div', 'LightboxModalLoadingIndicator');
  loading.setAttribute('role', 'progressbar');
  loading.setAttribute('aria-label', 'Loading');
  const inner = document.createElement('iframe');
  inner.name = INNER_FRAME;
  inner.title = '3D Secure challenge';
  inner.setAttribute('frameborder', '0');
  const query = address.intent ? `?intent=${encodeURIComponent(address.intent)}` : '';
  inner.src = `/three-ds-2-challenge/${encodeURIComponent(address.source)}/challenge${query}#publishableKey=${encodeURIComponent(address.publishableKey)}`;
  body.append(inner, loading);

  builtins.addEventListener.call(window, 'message', ((event: MessageEvent) => {
    if (event.origin !== location.origin || event.source !== inner.contentWindow) return;
    const opened = openEnvelope<FromFrame>(event.data);
    if (!opened || opened.frameId !== INNER_FRAME) return;
    const message = opened.message;
    if (message.type === 'ready') {
      loading.remove();
      inner.focus();
      toMerchant(address, { type: 'ready' });
    } else if (message.type === 'challenge-complete') {
      if (address.parent) toMerchant(address, message);
      else void continueFullPage(address, body);
    }
  }) as EventListener);
}

render(readChallengeAddress(location));
