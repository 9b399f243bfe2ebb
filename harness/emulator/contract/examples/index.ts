import { linkContractExamples } from '../link-contract.ts';
import type { ContractExample } from '../example.ts';
import { customerExamples } from './customers.ts';
import { linkAndThreeDSecureExamples } from './link-and-3ds.ts';
import { paymentIntentExamples } from './payment-intents.ts';
import { paymentMethodExamples } from './payment-methods.ts';
import { setupIntentExamples } from './setup-intents.ts';
import { tokenExamples } from './tokens.ts';
import { confirmationTokenExamples } from './confirmation-tokens.ts';
import { refundExamples } from './refunds.ts';
import { setupAttemptExamples } from './setup-attempts.ts';
import { customerSearchExamples } from './customer-search.ts';
import { webhookExamples } from './webhooks.ts';

export { errorOnlyEndpoints } from './refunds.ts';

/** The whole contract table: at least one successful call per endpoint, plus its errors. */
export const contractExamples: readonly ContractExample[] = [
  ...customerExamples,
  ...paymentMethodExamples,
  ...setupIntentExamples,
  ...paymentIntentExamples,
  ...tokenExamples,
  ...linkContractExamples,
  ...linkAndThreeDSecureExamples,
  ...confirmationTokenExamples,
  ...refundExamples,
  ...setupAttemptExamples,
  ...customerSearchExamples,
  ...webhookExamples,
];
