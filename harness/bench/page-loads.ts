import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { LinkInForm, PaymentElement, stripeDom } from '../drivers/index.ts';
import { referenceCheckoutAdapter } from '../target/reference-adapter.ts';
import { linkHarnessBin } from '../target/bin-path.ts';
import { chromiumLaunchOptions } from '../target/chromium.ts';
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

/** The reference checkout as `link-harness serve` started it, with its emulator. */
interface ServedCheckout {
  checkoutUrl: string;
  emulatorUrl: string;
  stop(): Promise<void>;
}

/** The checkout and emulator URLs of `link-harness serve`'s banner, once it has printed all of it. */
export function servedUrls(banner: string): { checkoutUrl: string; emulatorUrl: string } | null {
  if (!/Press Ctrl-C/.test(banner)) return null;
  const checkoutUrl = /^\s*Checkout\s+(\S+)/m.exec(banner)?.[1];
  const emulatorUrl = /^\s*Emulator\s+(\S+)/m.exec(banner)?.[1];
  return checkoutUrl && emulatorUrl ? { checkoutUrl, emulatorUrl } : null;
}

/** Starts `link-harness serve` on free ports with these extra flags, and waits for its banner. */
function serve(flags: string[], timeoutMs = 30_000): Promise<ServedCheckout> {
  const child: ChildProcess = spawn(process.execPath, [linkHarnessBin, 'serve', '--port', '0', '--emulator-port', '0', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  let stdout = '';
  let stderr = '';
  return new Promise<ServedCheckout>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`link-harness bench: link-harness serve printed no banner within ${timeoutMs} ms. stderr: ${stderr.slice(0, 500)}`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const urls = servedUrls(stdout);
      if (!urls) return;
      clearTimeout(timer);
      resolve({ ...urls, stop });
    });
    child.once('exit', (code) => {
      if (servedUrls(stdout)) return;
      clearTimeout(timer);
      reject(new Error(`link-harness bench: link-harness serve exited with ${code} before it was ready. stderr: ${stderr.slice(0, 500)}`));
    });
  });
}

/** One load of a kind: what the shopper's browser does, from a new context to the context closed. */
type Load = (browser: Browser, served: ServedCheckout, index: number) => Promise<void>;

/**
 * A new shopper of the reference checkout, signed up in a new context routed to the emulator,
 * opens the save page, waits for Stripe's frames to show their inputs, then does `then` there.
 */
const savePage =
  (frames: readonly string[], then: (page: Page, email: string) => Promise<void> = async () => {}): Load =>
  async (browser, served, index) => {
    const context = await browser.newContext({ baseURL: served.checkoutUrl });
    try {
      await routeStripeToEmulator(context, served.emulatorUrl);
      const page = await context.newPage();
      const email = `page.load.${Date.now().toString(36)}.${index}@example.com`;
      await page.request.post('/signup', { form: { name: 'Page Load', email } });
      await page.goto('/account/payment-methods/new');
      for (const frame of frames) {
        const input = frame === stripeDom.paymentFrame ? stripeDom.cardNumber : stripeDom.email;
        await page.frameLocator(frame).locator(input).waitFor();
      }
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

const kinds: { name: string; serveFlags: string[]; load: Load }[] = [
  {
    name: 'a new browser context and page (about:blank)',
    serveFlags: [],
    load: async (browser) => {
      const context = await browser.newContext();
      await (await context.newPage()).goto('about:blank');
      await context.close();
    },
  },
  {
    name: 'the save page: Link Authentication Element and Payment Element',
    serveFlags: [],
    load: savePage([stripeDom.linkAuthenticationFrame, stripeDom.paymentFrame]),
  },
  {
    name: 'the save page, email prefilled: Payment Element alone',
    serveFlags: ['--email-mode', 'prefill'],
    load: savePage([stripeDom.paymentFrame]),
  },
  {
    name: 'a new shopper saves a card with Link: the save page, then email, card, opt-in, submit, return page',
    serveFlags: [],
    load: savePage([stripeDom.linkAuthenticationFrame, stripeDom.paymentFrame], saveWithLink),
  },
];

/**
 * What a scenario's page loads cost in a harness browser: for each kind, one load to warm up, then
 * `loads` more (measured), each in a new browser context routed to the emulator as a scenario's is, on the
 * reference checkout that `link-harness serve` starts. CPU is that of this process and every
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
  // One checkout per set of flags, started when first needed and stopped at the end.
  const checkouts = new Map<string, Promise<ServedCheckout>>();
  const checkoutWith = (flags: string[]) => {
    const key = flags.join(' ');
    if (!checkouts.has(key)) checkouts.set(key, serve(flags));
    return checkouts.get(key)!;
  };
  try {
    for (const kind of kinds) {
      const served = await checkoutWith(kind.serveFlags);
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
    await Promise.all([...checkouts.values()].map(async (served) => (await served.catch(() => null))?.stop()));
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
