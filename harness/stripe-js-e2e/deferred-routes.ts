import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';

/**
 * The merchant server of the deferred-intent test page (pages/deferred-checkout.ts): it creates
 * the intent only when the page asks, after `elements.submit()`, as Stripe's deferred-intent
 * guides do. Test-only: the page sends its publishable key and the emulator's account of that
 * key is the shop (`pk_test_<x>` and `sk_test_<x>` are one account).
 */

interface DeferredRequest {
  pk: string;
  email?: string;
  kind?: 'setup' | 'payment';
  confirmationToken?: string;
  paymentMethod?: string;
  returnUrl?: string;
}

async function readJson(req: IncomingMessage): Promise<DeferredRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as DeferredRequest;
}

function stripeFor(emulatorUrl: string, pk: string): Stripe {
  if (!/^pk_test_\w+$/.test(pk)) throw new Error(`deferred routes: not an emulator publishable key: ${pk}`);
  const url = new URL(emulatorUrl);
  return new Stripe(pk.replace(/^pk_test_/, 'sk_test_'), { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
}

type Answer = { id: string; clientSecret: string | null; status: string };
const answerOf = (intent: Stripe.SetupIntent | Stripe.PaymentIntent): Answer => ({ id: intent.id, clientSecret: intent.client_secret, status: intent.status });

const routes: Record<string, (stripe: Stripe, body: DeferredRequest) => Promise<Answer>> = {
  /** After submit: a Customer and an intent on automatic payment methods; only its client secret goes back to be confirmed. */
  async '/api/deferred/intent'(stripe, body) {
    const customer = await stripe.customers.create({ ...(body.email ? { email: body.email } : {}) });
    if (body.kind === 'payment') return answerOf(await stripe.paymentIntents.create({ amount: 1999, currency: 'usd', customer: customer.id }));
    return answerOf(await stripe.setupIntents.create({ customer: customer.id }));
  },
  /** The page's ConfirmationToken: the server creates and confirms the intent with it. */
  async '/api/deferred/confirm-with-token'(stripe, body) {
    const customer = await stripe.customers.create({});
    if (body.kind === 'payment')
      return answerOf(
        await stripe.paymentIntents.create({
          amount: 1999,
          currency: 'usd',
          customer: customer.id,
          confirm: true,
          confirmation_token: body.confirmationToken!,
        }),
      );
    return answerOf(await stripe.setupIntents.create({ customer: customer.id, confirm: true, confirmation_token: body.confirmationToken! }));
  },
  /** The page's PaymentMethod (`createPaymentMethod({elements})`): saved with a confirmed SetupIntent. */
  async '/api/deferred/save-payment-method'(stripe, body) {
    const customer = await stripe.customers.create({});
    return answerOf(
      await stripe.setupIntents.create({
        customer: customer.id,
        payment_method: body.paymentMethod!,
        confirm: true,
        allowed_payment_method_types: ['card', 'link'],
      }),
    );
  },
  /** A payment the server confirmed itself with a return_url, needing 3D Secure: its next action is `redirect_to_url`. */
  async '/api/deferred/authenticate-later'(stripe, body) {
    const customer = await stripe.customers.create({});
    return answerOf(
      await stripe.paymentIntents.create({
        amount: 1999,
        currency: 'usd',
        customer: customer.id,
        payment_method: 'pm_card_authenticationRequired',
        confirm: true,
        return_url: body.returnUrl!,
      }),
    );
  },
};

/**
 * Answers `POST /api/deferred/…` for the deferred-intent page; false for any other request.
 *
 * @example
 * if (await answerDeferredRoute(req, res, emulatorUrl)) return;
 */
export async function answerDeferredRoute(req: IncomingMessage, res: ServerResponse, emulatorUrl: string): Promise<boolean> {
  const route = routes[new URL(req.url ?? '/', 'http://localhost').pathname];
  if (!route || req.method !== 'POST') return false;
  try {
    const body = await readJson(req);
    const answer = await route(stripeFor(emulatorUrl, body.pk), body);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  } catch (err) {
    const status = err instanceof Stripe.errors.StripeError ? (err.statusCode ?? 500) : 500;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: err instanceof Error ? err.message : String(err) } }));
  }
  return true;
}
