import type Stripe from 'stripe';

const zeroDecimal = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);

/** Digits after the decimal point of a currency's smallest unit (0 for JPY, 2 for USD). */
export const currencyDecimals = (currency: string): number => (zeroDecimal.has(currency.toLowerCase()) ? 0 : 2);

/**
 * An amount in the currency's smallest unit, for people.
 *
 * @example
 * formatAmount(1099, 'usd') // '$10.99'
 */
export function formatAmount(amount: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 10 ** decimals);
  } catch {
    return `${(amount / 10 ** decimals).toFixed(decimals)} ${currency.toUpperCase()}`;
  }
}

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
};

/**
 * A saved payment method as the shopper knows it.
 *
 * @example
 * describePaymentMethod(pm) // 'Visa •••• 4242, expires 12/34' or 'Link (jenny@example.com)'
 */
export function describePaymentMethod(pm: Stripe.PaymentMethod): string {
  if (pm.type === 'card' && pm.card) {
    const brand = brandNames[pm.card.brand] ?? pm.card.brand;
    const wallet = pm.card.wallet?.type === 'link' ? ' via Link' : '';
    return `${brand} •••• ${pm.card.last4}, expires ${String(pm.card.exp_month).padStart(2, '0')}/${String(pm.card.exp_year).slice(-2)}${wallet}`;
  }
  if (pm.type === 'link') return pm.link?.email ? `Link (${pm.link.email})` : 'Link';
  if (pm.type === 'us_bank_account' && pm.us_bank_account)
    return `${pm.us_bank_account.bank_name ?? 'Bank account'} •••• ${pm.us_bank_account.last4 ?? ''}`.trim();
  return pm.type;
}

/** A date and time for people, in UTC so that tests and screenshots read the same everywhere. */
export function formatTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
