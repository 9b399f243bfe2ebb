// The return_url as the guide has it: confirmSetup carries it, Stripe sends the shopper's browser
// there with `setup_intent` and `setup_intent_client_secret`, and the merchant's return page may
// then redirect anywhere (Post/Redirect/Get). Read from the confirm Stripe received and from the
// navigations of the shopper's browser, not from wherever the page ended up.
import { expect, type Inspector } from '../../fixtures/index.ts';
import type { RequirementId } from '../../harness/requirements/requirements.ts';
import type { InspectedSetupIntent } from '../../harness/inspect/index.ts';
import { confirmReturnUrl } from './setup-intent-reads.ts';

/**
 * The main-frame navigation that reached `returnUrl` (same origin and path, its own parameters
 * kept) with `setup_intent` and `setup_intent_client_secret` of the SetupIntent, if any.
 */
export function navigationToReturnUrl(inspector: Inspector, returnUrl: string, setupIntent: { id: string; client_secret: string | null }): string | undefined {
  const asked = new URL(returnUrl);
  return inspector.browser
    .navigations()
    .map((n) => new URL(n.url))
    .find(
      (url) =>
        url.origin === asked.origin &&
        url.pathname === asked.pathname &&
        [...asked.searchParams].every(([name, value]) => url.searchParams.getAll(name).includes(value)) &&
        url.searchParams.get('setup_intent') === setupIntent.id &&
        url.searchParams.get('setup_intent_client_secret') === setupIntent.client_secret,
    )?.href;
}

/** The pages the shopper's browser opened, for failure messages: `/a → /b?x=1 → …`. */
export function navigationsSeen(inspector: Inspector): string {
  return (
    inspector.browser
      .navigations()
      .map((n) => {
        const url = new URL(n.url);
        return `${url.pathname}${url.search.length > 80 ? `${url.search.slice(0, 80)}…` : url.search}`;
      })
      .join(' → ') || 'none'
  );
}

/**
 * Checks that confirmSetup ran with a return_url and that the shopper's browser reached it with
 * `setup_intent` and `setup_intent_client_secret` of the SetupIntent; resolves with that return_url.
 *
 * @example
 * const returnUrl = await expectReturnUrlReached(inspector, saved, 'CONFIRM-01');
 */
export async function expectReturnUrlReached(
  inspector: Inspector,
  si: Pick<InspectedSetupIntent, 'id' | 'client_secret'>,
  requirement: RequirementId,
): Promise<string> {
  const returnUrl = await confirmReturnUrl(inspector, si.id);
  expect(returnUrl, `${requirement}: confirmSetup must run with a return_url; the confirm of ${si.id} carried none`).toEqual(expect.any(String));
  const reached = navigationToReturnUrl(inspector, returnUrl!, si);
  expect(
    reached,
    `${requirement}: the shopper's browser must reach the return_url ${returnUrl} with setup_intent=${si.id} and its client secret; the pages it opened were ${navigationsSeen(inspector)}`,
  ).toBeDefined();
  return returnUrl!;
}
