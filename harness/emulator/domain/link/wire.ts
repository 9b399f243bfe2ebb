import type { ConsumerSession } from './consumer-session.ts';
import { fundingSourceLabel, type FundingSource } from './funding-sources.ts';
import type { LinkAccount } from './link-account.ts';

/**
 * JSON shapes of the Link consumer API, modelled on Stripe's (`consumer_session`,
 * `redacted_payment_details`), with uppercase enum values as Stripe's consumer API writes them.
 */

/** `+15555550123` → `+1********23`, as Link shows where a code went. */
function redactPhone(phone: string | null): { redacted_phone_number: string | null; redacted_formatted_phone_number: string | null } {
  if (!phone) return { redacted_phone_number: null, redacted_formatted_phone_number: null };
  const digits = phone.replace(/\D/g, '');
  const countryCode = digits.length > 10 ? digits.slice(0, digits.length - 10) : '';
  const national = digits.slice(countryCode.length);
  const tail = national.slice(-2);
  return {
    redacted_phone_number: `${countryCode ? `+${countryCode}` : ''}${'*'.repeat(Math.max(0, national.length - 2))}${tail}`,
    redacted_formatted_phone_number: `(***) ***-**${tail}`,
  };
}

export interface ConsumerSessionJson {
  client_secret: string;
  email_address: string;
  redacted_phone_number: string | null;
  redacted_formatted_phone_number: string | null;
  verification_sessions: { type: string; state: string }[];
  support_payment_details_types: string[];
}

export function consumerSessionJson(session: ConsumerSession, linkAccount: LinkAccount): ConsumerSessionJson {
  return {
    client_secret: session.clientSecret,
    email_address: linkAccount.email,
    ...redactPhone(linkAccount.phone),
    verification_sessions: session.verificationSessions.map((v) => ({ type: v.type, state: v.state })),
    support_payment_details_types: ['CARD', 'BANK_ACCOUNT'],
  };
}

/** One funding source as a verified shopper's wallet lists it (`redacted_payment_details[]`). */
export function paymentDetailsJson(source: FundingSource, linkAccount: LinkAccount) {
  const common = {
    id: source.id,
    is_default: source.id === linkAccount.defaultFundingSourceId,
    label: fundingSourceLabel(source),
    billing_email_address: linkAccount.email,
  };
  if (source.type === 'card')
    return {
      ...common,
      type: 'CARD' as const,
      card_details: {
        brand: source.card.brand.toUpperCase(),
        last4: source.card.number.slice(-4),
        exp_month: source.exp_month,
        exp_year: source.exp_year,
        funding: source.card.funding.toUpperCase(),
      },
    };
  return { ...common, type: 'BANK_ACCOUNT' as const, bank_account_details: { bank_name: source.bank_name, bank_icon_code: null, last4: source.last4 } };
}

/** A Link account as the control API shows it (test data, so card numbers are whole). */
export function linkAccountJson(linkAccount: LinkAccount) {
  return {
    id: linkAccount.id,
    object: 'link_account' as const,
    email: linkAccount.email,
    phone: linkAccount.phone,
    locked: linkAccount.locked,
    created: linkAccount.created,
    default_funding_source: linkAccount.defaultFundingSourceId,
    funding_sources: linkAccount.fundingSources.map((s) =>
      s.type === 'card'
        ? {
            id: s.id,
            type: 'card' as const,
            label: fundingSourceLabel(s),
            card: { brand: s.card.brand, last4: s.card.number.slice(-4), number: s.card.number, exp_month: s.exp_month, exp_year: s.exp_year },
          }
        : { id: s.id, type: 'bank_account' as const, label: fundingSourceLabel(s), bank_account: { bank_name: s.bank_name, last4: s.last4 } },
    ),
  };
}
