import { describe, expect, it } from 'vitest';
import { formatPageLoads, runPageLoadBench } from './page-loads.ts';

describe('runPageLoadBench', () => {
  it("times each kind of load in the harness's Chromium, and the save page costs more than an empty page", async () => {
    const report = await runPageLoadBench({ loads: 1, warmUp: false });
    expect(report.results.map((r) => r.name)).toEqual([
      'a new browser context and page (about:blank)',
      'the save page: Link Authentication Element and Payment Element',
      'the save page, email prefilled: Payment Element alone',
      'a new shopper saves a card with Link: the save page, then email, card, opt-in, submit, return page',
    ]);
    const [blank, bothElements, paymentOnly, save] = report.results;
    for (const result of report.results) expect(result.wallMs).toBeGreaterThan(0);
    if (process.platform === 'linux') {
      // Stripe.js and its frames come on top of the context and page every load has.
      expect(bothElements!.cpuMs!).toBeGreaterThan(blank!.cpuMs!);
      expect(paymentOnly!.cpuMs!).toBeGreaterThan(blank!.cpuMs!);
      // (A save that did not show 'succeeded' on the return page would have thrown.)
      expect(save!.cpuMs!).toBeGreaterThan(blank!.cpuMs!);
    }
    const table = formatPageLoads(report);
    expect(table).toMatch(/^Page loads in .+, 1 each:/);
    expect(table).toMatch(/the save page, email prefilled: Payment Element alone\s+\d+ ms\s+(\d+ ms|–)$/m);
  }, 90_000);
});
