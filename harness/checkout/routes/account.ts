import express, { type Router } from 'express';
import { shopperOf, type CheckoutContext } from '../context.ts';
import { requireShopper } from '../shopper-session.ts';
import { accountPage, type AccountPageInput } from '../views/account-page.ts';
import { formatAmount } from '../views/format.ts';
import type { ChargeAttempt } from '../charge-attempts.ts';
import { sendPage } from './send-page.ts';

/** What the account page says about the charge the shopper just made or completed (`?charge=`). */
function chargeNotice(attempt: ChargeAttempt | undefined): AccountPageInput['notice'] {
  if (!attempt) return undefined;
  const amount = formatAmount(attempt.amount, attempt.currency);
  switch (attempt.outcome) {
    case 'succeeded':
      return { kind: 'ok', text: `Payment of ${amount} succeeded.` };
    case 'requires_authentication':
      return { kind: 'warn', text: `Your bank needs you to confirm the payment of ${amount}; use "Authenticate the payment" below.` };
    case 'processing':
      return { kind: 'warn', text: `The payment of ${amount} is processing.` };
    case 'declined':
      return { kind: 'error', text: `The payment of ${amount} was declined: ${attempt.message ?? attempt.decline_code ?? attempt.code ?? 'no reason given'}.` };
  }
}

/** `GET /account`: saved payment methods (listed from Stripe) and the shopper's charges. */
export function accountPageRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.get('/account', requireShopper, async (req, res) => {
    const shopper = shopperOf(res)!;
    const paymentMethods = (await ctx.backend.stripe.customers.listPaymentMethods(shopper.customerId, { limit: 100 })).data;
    paymentMethods.sort((a, b) => b.created - a.created);
    const attempts = ctx.attempts.forCustomer(shopper.customerId);
    const charged = typeof req.query.charge === 'string' ? attempts.find((a) => a.id === req.query.charge) : undefined;
    sendPage(res, ctx, { title: 'Your account', body: accountPage({ shopper, paymentMethods, attempts, notice: chargeNotice(charged) }) });
  });
  return router;
}
