import { newId, nowSeconds } from '../../core/ids.ts';
import type { FundingSource } from './funding-sources.ts';

/** A shopper's Link account, within one Stripe account. */
export interface LinkAccount {
  /** `csmr_…` */
  id: string;
  /** Lower-cased: the directory's key. */
  email: string;
  phone: string | null;
  legalName: string | null;
  country: string | null;
  /** Never empty; the default is one of them. */
  fundingSources: FundingSource[];
  defaultFundingSourceId: string;
  /** Set by OTP `000003`: from then on the shopper can only continue without Link. */
  locked: boolean;
  created: number;
}

export interface NewLinkAccount {
  email: string;
  fundingSources: FundingSource[];
  /** Default: the first funding source. */
  defaultFundingSourceId?: string;
  phone?: string | null;
  legalName?: string | null;
  country?: string | null;
  locked?: boolean;
}

/** Builds a Link account; the caller has normalised the email and given at least one source. */
export function newLinkAccount(init: NewLinkAccount): LinkAccount {
  const first = init.fundingSources[0];
  if (!first) throw new Error('newLinkAccount: a Link account needs at least one funding source');
  return {
    id: newId('csmr'),
    email: init.email,
    phone: init.phone ?? null,
    legalName: init.legalName ?? null,
    country: init.country ?? null,
    fundingSources: init.fundingSources,
    defaultFundingSourceId: init.defaultFundingSourceId ?? first.id,
    locked: init.locked ?? false,
    created: nowSeconds(),
  };
}

/** The source the wallet shows first and a Link payment method uses unless the shopper picks another. */
export function defaultFundingSource(account: LinkAccount): FundingSource {
  return account.fundingSources.find((s) => s.id === account.defaultFundingSourceId) ?? account.fundingSources[0]!;
}
