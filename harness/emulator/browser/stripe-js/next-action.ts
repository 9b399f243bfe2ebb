import { isRecord } from '../values.ts';

/** The challenge page of a `use_stripe_sdk` 3D Secure next action, if that is what the intent asks for. */
export function threeDSecureChallengeUrl(nextAction: unknown): string | undefined {
  if (!isRecord(nextAction) || nextAction.type !== 'use_stripe_sdk' || !isRecord(nextAction.use_stripe_sdk)) return undefined;
  const sdk = nextAction.use_stripe_sdk;
  if (sdk.type !== 'three_d_secure_redirect' || typeof sdk.stripe_js !== 'string' || !/^https?:\/\//.test(sdk.stripe_js)) return undefined;
  return sdk.stripe_js;
}

/** The page a `redirect_to_url` next action sends the shopper to, if that is what the intent asks for. */
export function redirectUrlOf(nextAction: unknown): string | undefined {
  if (!isRecord(nextAction) || nextAction.type !== 'redirect_to_url' || !isRecord(nextAction.redirect_to_url)) return undefined;
  const url = nextAction.redirect_to_url.url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
}
