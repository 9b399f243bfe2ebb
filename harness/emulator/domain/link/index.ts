/**
 * Link in test mode: shoppers' Link accounts (per Stripe account, keyed by email), consumer
 * sessions and OTP verification, funding sources, persistent tokens and Link payment methods.
 * The API (`api/link.ts`), the intents and the control API use only what is exported here.
 */
export { LinkDirectory, type LinkPaymentMethodOrigin } from './directory.ts';
export { createLinkPaymentMethod, fundingSourceOfLinkPaymentMethod, type LinkPaymentMethodData } from './link-payment-method.ts';
export { linkAccountForPersistentToken, linkAccountOfIntent } from './persistent-token-lookup.ts';
export { PERSISTENT_TOKEN_LIFETIME_MS } from './persistent-tokens.ts';
export { lookupConsumer, type LookupQuery, type LookupResult } from './lookup.ts';
export { signUp, type SignUpDetails } from './sign-up.ts';
export { startVerification, confirmVerification, testOtpCodes, type OtpChannel } from './verification.ts';
export { requireSession, requireVerifiedSession } from './session-access.ts';
export { seedLinkAccount, type LinkAccountSeed, type FundingSourceSeed } from './seed.ts';
export { consumerSessionJson, paymentDetailsJson, linkAccountJson } from './wire.ts';
export { linkErrorCodes, type LinkErrorCode } from './errors.ts';
export { wantsMultipleFundingSources, normalizeEmail } from './emails.ts';
export { fundingSourceLabel, TEST_BANK, type FundingSource, type CardFundingSource, type BankAccountFundingSource } from './funding-sources.ts';
export { defaultFundingSource, type LinkAccount } from './link-account.ts';
export type { ConsumerSession, VerificationSession, VerificationType, VerificationState } from './consumer-session.ts';
