import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { LinkAuthenticationElement, LinkInForm, PaymentElement } from '../drivers/index.ts';
import type { SavePageOptions } from '../drivers/index.ts';
import { referenceCheckoutAdapter } from '../target/reference-adapter.ts';
import { chromiumLaunchOptions } from '../target/chromium.ts';
import { startServeProcess, type ServeProcess } from '../target/serve-process.ts';
import { routeStripeToEmulator, unrouteStripe } from '../target/stripe-routes.ts';
import { processTreeCpuMs } from './process-cpu.ts';

/** What one kind of page load costs, on average over the measured loads. */
export interface PageLoadResult {
  name: string;
  loads: number;
  /** Wall time per load: a new browser context, its page, the load, the context closed. */
  wallMs: number;
  /** CPU per load of every process involved (this one with its Playwright, Chromium, the servers); null where /proc is missing. */
  cpuMs: number | null;
}

export interface PageLoadReport {
  loads: number;
  browser: string;
  results: PageLoadResult[];
}

/** One load of a kind: what the shopper's browser does, from a new context to the context closed. */
type Load = (browser: Browser, served: ServeProcess, index: number) => Promise<void>;

/**
 * A new shopper of the reference checkout, signed up in a new context routed to the emulator,
 * opens the save page (as the suite's reference adapter does: ready once the Payment Element
 * is), waits for the Link Authentication Element too when the page has one, then does `then`.
 */
const savePage =
  (options: Pick<SavePageOptions, 'emailMode'>, then: (page: Page, email: string) => Promise<void> = async () => {}): Load =>
  async (browser, served, index) => {
    const context = await browser.newContext({ baseURL: served.checkoutUrl });
    try {
      await routeStripeToEmulator(context, served.emulatorUrl);
      const page = await context.newPage();
      const email = `page.load.${Date.now().toString(36)}.${index}@example.com`;
      await referenceCheckoutAdapter.signUp(page, { name: 'Page Load', email });
      await referenceCheckoutAdapter.openSavePage(page, options);
      if (options.emailMode !== 'prefill') await new LinkAuthenticationElement(page).expectReady();
      await then(page, email);
    } finally {
      await unrouteStripe(context);
      await context.close();
    }
  };

/** What SETUP-02 has a new shopper do on the save page: email, card, the Link opt-in, submit, and the return page saying it worked. */
async function saveWithLink(page: Page, email: string): Promise<void> {
  await new LinkInForm(page).giveEmail(email);
  const payment = new PaymentElement(page);
  await payment.fillCard({ number: '4242424242424242' });
  await expect(payment.linkOptInLabel).toBeVisible();
  await payment.optInToLink();
  await referenceCheckoutAdapter.submitSavePage(page);
  const shown = await referenceCheckoutAdapter.readOutcome(page);
  if (shown.outcome !== 'succeeded') throw new Error(`link-harness bench: saving with Link showed '${shown.outcome}', not 'succeeded'`);
}

const kinds: { name: string; load: Load }[] = [
  {
    name: 'a new browser context and page (about:blank)',
    load: async (browser) => {
      const context = await browser.newContext();
      await (await context.newPage()).goto('about:blank');
      await context.close();
    },
  },
  { name: 'the save page: Link Authentication Element and Payment Element', load: savePage({}) },
  { name: 'the save page, email prefilled: Payment Element alone', load: savePage({ emailMode: 'prefill' }) },
  {
    name: 'a new shopper saves a card with Link: the save page, then email, card, opt-in, submit, return page',
    load: savePage({}, saveWithLink),
  },
];

/**
 * What a scenario's page loads cost in a harness browser: for each kind, one load to warm up, then
 * `loads` more (measured), each in a new browser context routed to the emulator as a scenario's is,
 * on one reference checkout that `link-harness serve` starts (the email mode is chosen per visit). CPU is that of this process and every
 * process it started (Chromium's included), read from /proc.
 *
 * @example
 * const report = await runPageLoadBench({ loads: 10 }, console.error);
 */
export async function runPageLoadBench(
  { loads, warmUp = true }: { loads: number; /** One unmeasured load of each kind first (default); a test may skip it. */ warmUp?: boolean },
  progress: (line: string) => void = () => {},
): Promise<PageLoadReport> {
  const launch = chromiumLaunchOptions(undefined, { headed: false });
  const browser = await chromium.launch(launch);
  const results: PageLoadResult[] = [];
  let served: ServeProcess | undefined;
  try {
    served = await startServeProcess(['--port', '0', '--emulator-port', '0']);
    for (const kind of kinds) {
      progress(`measuring ${kind.name}: ${loads} loads${warmUp ? ' after one to warm up' : ''}`);
      if (warmUp) await kind.load(browser, served, 0);
      const cpuBefore = processTreeCpuMs(process.pid);
      const started = process.hrtime.bigint();
      for (let i = 1; i <= loads; i++) await kind.load(browser, served, i);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6 / loads;
      const cpuAfter = processTreeCpuMs(process.pid);
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / loads;
      results.push({ name: kind.name, loads, wallMs: Math.round(wallMs), cpuMs: cpuMs === null ? null : Math.round(cpuMs) });
    }
  } finally {
    await browser.close();
    await served?.close();
  }
  return { loads, browser: launch.executablePath ?? "Playwright's Chromium", results };
}

/** The page-load table, as the bench prints it. */
export function formatPageLoads(report: PageLoadReport): string {
  const rows = report.results.map((r) => [r.name, `${r.wallMs} ms`, r.cpuMs === null ? '–' : `${r.cpuMs} ms`]);
  const header = ['page load (new context each time)', 'wall per load', 'CPU per load (all processes)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [`Page loads in ${report.browser}, ${report.loads} each:`, line(header), ...rows.map(line)].join('\n');
}
