import type { Stripe, StripeConstructor, StripeElements } from '@stripe/stripe-js';
import type { ElementsPageQuery, ElementsPageState, PageOutcome } from './elements-page-state.ts';

/**
 * A merchant page that mounts whatever elements the test names (`?mount=address:billing,payment`),
 * records their events, confirms on Save (confirmSetup or confirmPayment, by the client secret),
 * and confirms from the Express Checkout Element's `confirm` event as Stripe's guide shows.
 */

declare global {
  interface Window {
    Stripe?: StripeConstructor;
    page: ElementsPageState & { stripe: Stripe; elements: StripeElements; created: Record<string, unknown> };
  }
}

const query = new URLSearchParams(location.search);
const param = <K extends keyof ElementsPageQuery>(name: K) => (query.get(name) ?? undefined) as ElementsPageQuery[K] | undefined;
const pk = param('pk');
const clientSecret = param('secret');
const returnUrl = param('return');
const mount = param('mount');
if (!window.Stripe || !pk || !clientSecret || !returnUrl || !mount)
  throw new Error('elements page: Stripe.js did not load, or pk, secret, return or mount is missing');

const stripe = window.Stripe(pk);
const elements = stripe.elements({ clientSecret, ...(JSON.parse(param('group') ?? '{}') as object) });
const options = JSON.parse(param('options') ?? '{}') as Record<string, Record<string, unknown>>;
const state: ElementsPageState = { events: [], outcomes: [], updateEnds: 0 };
const created: Record<string, unknown> = {};
window.page = Object.assign(state, { stripe, elements, created });
elements.on('update-end', () => void (state.updateEnds += 1));

/** An event payload as a test can read it: functions become `'function'`. */
const readable = (payload: unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries((payload ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'function' ? 'function' : v]));

const redirect = param('redirect') === 'if_required' ? 'if_required' : 'always';
const isSetup = clientSecret.startsWith('seti_');
const confirm = async (): Promise<PageOutcome> => {
  try {
    const args = { elements, confirmParams: { return_url: returnUrl }, redirect } as const;
    const answer = isSetup ? await stripe.confirmSetup(args as never) : await stripe.confirmPayment(args as never);
    const intent = 'setupIntent' in answer ? answer.setupIntent : 'paymentIntent' in answer ? answer.paymentIntent : undefined;
    const error = answer.error
      ? {
          type: answer.error.type,
          ...(answer.error.code ? { code: answer.error.code } : {}),
          ...(answer.error.message ? { message: answer.error.message } : {}),
        }
      : null;
    return { error, intent: intent ? { id: intent.id, status: intent.status, payment_method: intent.payment_method } : null };
  } catch (thrown) {
    return { error: { type: 'thrown', message: String(thrown) }, intent: null };
  }
};
const show = (outcome: PageOutcome) => {
  state.outcomes.push(outcome);
  document.querySelector('#error-message')!.textContent = outcome.error?.message ?? '';
  document.querySelector('#result')!.textContent = outcome.intent ? `${outcome.intent.id} ${outcome.intent.status}` : '';
};

const container = document.querySelector('#elements')!;
for (const name of mount.split(',')) {
  const [type, mode] = name.split(':') as [string, string | undefined];
  const element = (elements.create as (t: string, o: object) => { on(e: string, h: (p: unknown) => void): void; mount(el: Element): void })(type, {
    ...(mode ? { mode } : {}),
    ...(options[name] ?? {}),
  });
  created[name] = element;
  for (const event of ['ready', 'change', 'focus', 'blur', 'escape', 'loaderstart', 'loaderror', 'confirm', 'cancel'])
    element.on(event, (payload) => state.events.push({ element: name, type: event, payload: readable(payload) }));
  if (type === 'expressCheckout') {
    const click = param('click');
    if (click)
      element.on('click', (payload) => {
        const event = payload as { resolve(o?: object): void; reject(): void };
        state.events.push({ element: name, type: 'click', payload: readable(payload) });
        if (click === 'resolve') event.resolve({ emailRequired: true });
        else if (click === 'reject') event.reject();
      });
    element.on('confirm', (payload) => {
      const event = payload as { paymentFailed(p?: object): void };
      void (async () => {
        const submitted = await elements.submit();
        if (submitted.error) return show({ error: { type: submitted.error.type, message: submitted.error.message ?? '' }, intent: null });
        const outcome = await confirm();
        if (outcome.error) event.paymentFailed({ reason: 'fail' });
        show(outcome);
      })();
    });
  }
  const slot = document.createElement('div');
  slot.id = `element-${name.replace(':', '-')}`;
  container.append(slot);
  element.mount(slot);
}

document.querySelector('#payment-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  void confirm().then(show);
});
