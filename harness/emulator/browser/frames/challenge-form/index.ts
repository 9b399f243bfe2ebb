import { builtins } from '../../builtins.ts';
import { envelope, type FromFrame } from '../../protocol.ts';
import { emulatorApi } from '../shared/api.ts';
import { readChallengeAddress } from '../challenge/challenge-address.ts';
import { challengeFormCss } from './styles.ts';

/**
 * The inner 3D Secure test page (`/three-ds-2-challenge/src_…/challenge`, loaded in
 * `iframe[name="stripe-challenge-frame"]`): "Complete" (`#test-source-authorize-3ds`) and "Fail"
 * (`#test-source-fail-3ds`), as Stripe's test page offers. The choice is recorded with
 * `POST /v1/3ds2/challenge_complete`, then the outer page hears `challenge-complete`.
 */

const FRAME_ID = 'stripe-challenge-frame';
const address = readChallengeAddress(location);
const api = address.publishableKey ? emulatorApi(address.publishableKey) : null;

function toOuterPage(message: FromFrame): void {
  // The outer page is the emulator's own, so it shares our origin.
  if (window.parent !== window) builtins.postMessage(window.parent, envelope(FRAME_ID, message), location.origin);
}

function button(id: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.textContent = label;
  return b;
}

function formatAmount(amount: unknown, currency: unknown): string | null {
  if (typeof amount !== 'number' || typeof currency !== 'string') return null;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** For a payment, show what the shopper is approving; a SetupIntent approves saving the card. */
async function describeIntent(target: HTMLElement): Promise<void> {
  if (!api) return;
  const res = await api.get<{ intent: { amount?: unknown; currency?: unknown } }>(`/v1/3ds2/challenges/${encodeURIComponent(address.source)}`);
  if (!res.ok) return;
  const amount = formatAmount(res.body.intent.amount, res.body.intent.currency);
  target.textContent = amount ? `Amount: ${amount}` : 'Saving this card for future payments.';
}

function render(): void {
  const style = document.createElement('style');
  style.textContent = challengeFormCss;
  document.head.appendChild(style);

  const form = document.createElement('main');
  form.className = 'ChallengeForm';
  const heading = document.createElement('h2');
  heading.textContent = '3D Secure 2 test challenge';
  const explain = document.createElement('p');
  explain.textContent =
    'This is a test-mode challenge: no bank is asked. Complete it to authenticate the card, or fail it to see how the checkout handles a failed authentication.';
  const amount = document.createElement('p');
  amount.className = 'ChallengeForm-amount';
  const complete = button('test-source-authorize-3ds', 'Complete');
  const fail = button('test-source-fail-3ds', 'Fail');
  const actions = document.createElement('div');
  actions.className = 'ChallengeForm-actions';
  actions.append(complete, fail);
  const status = document.createElement('p');
  status.className = 'ChallengeForm-status';
  status.setAttribute('role', 'status');
  form.append(heading, explain, amount, actions, status);
  (document.getElementById('root') ?? document.body).appendChild(form);

  const answer = async (outcome: 'authorize' | 'fail') => {
    complete.disabled = true;
    fail.disabled = true;
    status.removeAttribute('data-kind');
    status.textContent = 'Processing…';
    if (!api) {
      status.dataset.kind = 'error';
      status.textContent = 'link-harness: this page has no publishable key to record the answer with.';
      return;
    }
    const res = await api.post('/v1/3ds2/challenge_complete', { source: address.source, outcome });
    // Answered before, or the intent moved on: Stripe.js reads the intent either way, so it is told all the same.
    if (!res.ok) {
      status.dataset.kind = 'error';
      status.textContent = res.error.message;
    }
    toOuterPage({ type: 'challenge-complete', outcome });
  };
  complete.addEventListener('click', () => void answer('authorize'));
  fail.addEventListener('click', () => void answer('fail'));

  void describeIntent(amount);
  complete.focus();
  toOuterPage({ type: 'ready' });
}

render();
