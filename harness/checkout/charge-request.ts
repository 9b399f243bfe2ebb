/** A later charge, as `POST /charge-later` takes it (JSON). */
export interface ChargeLaterRequest {
  /** `cus_…`; when absent, the Customer of the signed-in shopper (session cookie). */
  customer?: string;
  /** In the currency's smallest unit (cents): a whole number from 1 to 99,999,999. */
  amount: number;
  /** Three-letter ISO currency code, any case (`usd`). */
  currency: string;
  /** A saved payment method of the customer; when absent, the newest one. */
  payment_method?: string;
}

/** The error codes of the charge-later hook, beside the HTTP status it answers with. */
export type ChargeRequestErrorCode =
  | 'body_invalid'
  | 'parameter_missing'
  | 'parameter_invalid'
  | 'parameter_unknown'
  | 'customer_not_found'
  | 'payment_method_not_found'
  | 'no_saved_payment_method'
  | 'stripe_invalid_request'
  | 'stripe_unavailable';

/** A request the charge-later hook cannot carry out; its status is 4xx (502 when Stripe is unreachable). */
export class ChargeRequestError extends Error {
  override name = 'ChargeRequestError';

  constructor(
    readonly status: number,
    readonly code: ChargeRequestErrorCode,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }

  /** The JSON body of the answer: `{error: {type, code, message, param?}}`. */
  toJSON() {
    return { error: { type: 'charge_request_error', code: this.code, message: this.message, ...(this.param ? { param: this.param } : {}) } };
  }
}

const fields = ['customer', 'amount', 'currency', 'payment_method'];
const invalid = (param: string, message: string) => new ChargeRequestError(400, 'parameter_invalid', message, param);
const optionalId = (body: Record<string, unknown>, param: string): string | undefined => {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 255)
    throw invalid(param, `${param} must be a Stripe id such as ${param === 'customer' ? 'cus_…' : 'pm_…'}.`);
  return value.trim();
};

/**
 * Checks the JSON body of `POST /charge-later`; anything wrong is a ChargeRequestError with
 * status 400 that names the field.
 *
 * @example
 * parseChargeLaterRequest({ customer: 'cus_123', amount: 1099, currency: 'USD' })
 * // { customer: 'cus_123', amount: 1099, currency: 'usd' }
 */
export function parseChargeLaterRequest(body: unknown): ChargeLaterRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ChargeRequestError(
      400,
      'body_invalid',
      'Send a JSON object such as {"customer":"cus_…","amount":1099,"currency":"usd"} with Content-Type: application/json.',
    );
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).find((k) => !fields.includes(k));
  if (unknown !== undefined) throw new ChargeRequestError(400, 'parameter_unknown', `Unknown field ${unknown}; the fields are ${fields.join(', ')}.`, unknown);
  if (b.amount === undefined || b.amount === null)
    throw new ChargeRequestError(400, 'parameter_missing', 'amount is required: the amount in the smallest currency unit, e.g. 1099 for $10.99.', 'amount');
  if (typeof b.amount !== 'number' || !Number.isInteger(b.amount) || b.amount < 1 || b.amount > 99_999_999)
    throw invalid('amount', 'amount must be a whole number of the smallest currency unit from 1 to 99999999, e.g. 1099 for $10.99.');
  if (b.currency === undefined || b.currency === null)
    throw new ChargeRequestError(400, 'parameter_missing', 'currency is required: a three-letter ISO code such as usd.', 'currency');
  if (typeof b.currency !== 'string' || !/^[a-zA-Z]{3}$/.test(b.currency)) throw invalid('currency', 'currency must be a three-letter ISO code such as usd.');
  const customer = optionalId(b, 'customer');
  const paymentMethod = optionalId(b, 'payment_method');
  return {
    amount: b.amount,
    currency: b.currency.toLowerCase(),
    ...(customer ? { customer } : {}),
    ...(paymentMethod ? { payment_method: paymentMethod } : {}),
  };
}
