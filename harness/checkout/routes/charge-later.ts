import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { chargeLater } from '../charge-later.ts';
import { ChargeRequestError, parseChargeLaterRequest } from '../charge-request.ts';
import { absoluteUrl, shopperOf, type CheckoutContext } from '../context.ts';

/** Where a shopper completes a charge that needed them. */
export const authenticatePath = (attemptId: string) => `/account/charges/${encodeURIComponent(attemptId)}/authenticate`;

/**
 * `POST /charge-later`, the charge-later hook (`CHARGE_URL`): JSON
 * `{customer?, amount, currency, payment_method?}` in, the recorded ChargeAttempt out (200 for
 * every attempt, whatever its outcome), or `{error: {type, code, message, param}}` with a 4xx for
 * a request it cannot carry out. A card error is an outcome, never a 5xx. Without `customer`, the
 * signed-in shopper's Customer is charged.
 */
export function chargeLaterRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.post('/charge-later', express.json({ limit: '10kb' }), async (req, res) => {
    const request = parseChargeLaterRequest(req.body);
    const customer = request.customer ?? shopperOf(res)?.customerId;
    if (!customer)
      throw new ChargeRequestError(
        400,
        'parameter_missing',
        'customer is required: send {"customer":"cus_…"} or call with a signed-in shopper\'s session cookie.',
        'customer',
      );
    const attempt = await chargeLater(ctx, { ...request, customer }, (id) => absoluteUrl(req, authenticatePath(id)));
    res.json(attempt);
  });
  router.use('/charge-later', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof ChargeRequestError) return void res.status(err.status).json(err.toJSON());
    const parseFailed = (err as { type?: string }).type === 'entity.parse.failed';
    if (parseFailed) return void res.status(400).json(new ChargeRequestError(400, 'body_invalid', 'The body is not valid JSON.').toJSON());
    next(err);
  });
  return router;
}
