// The emulator's own refusal of live keys, as a browser meets it (test mode only): the harness's
// own promise, tested here; the conformance suite's SAFE-01 judges the checkout under test.
import { expect, test } from './fixtures.ts';

test('a page that hands the emulator a live publishable key is refused with 401 livemode_mismatch, across origins, and the refusal is logged under its account', async ({
  page,
  emulator,
  pages,
}) => {
  // Any page of another site than the emulator's (the page server answers an unknown path with a 404 text).
  await page.goto(`${pages.origin}/a-merchant-page`);
  const account = `live${Date.now()}`;
  const answer = await page.evaluate(
    async ({ url, key }) => {
      const response = await fetch(`${url}/v1/customers`, { headers: { Authorization: `Bearer ${key}` } });
      return { status: response.status, body: (await response.json()) as { error: { type: string; code?: string } } };
    },
    { url: emulator.url, key: `pk_live_${account}` },
  );
  expect(answer).toEqual({ status: 401, body: { error: expect.objectContaining({ type: 'invalid_request_error', code: 'livemode_mismatch' }) } });
  const log = (await (await page.request.get(`${emulator.url}/_harness/requests?account=${account}`)).json()) as {
    data: { status: number; error: { code?: string } | null }[];
  };
  expect(log.data.map((e) => [e.status, e.error?.code])).toEqual([[401, 'livemode_mismatch']]);
});
