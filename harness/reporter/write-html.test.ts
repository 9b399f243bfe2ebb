import { describe, expect, it } from 'vitest';
import { fakeTest, runReporter } from './testing.ts';
import { conformanceHtml, htmlText } from './write-html.ts';

describe('conformanceHtml', () => {
  it('escapes everything that comes from tests', () => {
    expect(htmlText(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });

  it('links only web and relative addresses, never script URLs', async () => {
    const { json } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'failed', error: 'boom' }] })] });
    const safe = json.requirements.find((r) => r.id === 'SAFE-01');
    if (!safe) throw new Error('SAFE-01 missing');
    const withLinks = (link: string) =>
      conformanceHtml({ ...json, requirements: [{ ...safe, status: 'expected-fail', expectation: { requirement: 'SAFE-01', reason: 'known', link } }] });
    expect(withLinks('https://example.com/issues/1')).toContain('<a href="https://example.com/issues/1">');
    expect(withLinks('docs/deviations.md#safe')).toContain('<a href="docs/deviations.md#safe">');
    expect(withLinks('javascript:alert(1)')).not.toContain('href="javascript:');
  });

  it('escapes notes, which come from tests too', async () => {
    const { html } = await runReporter({
      tests: [
        fakeTest({
          title: 'SAFE-01 x',
          tags: ['@SAFE-01'],
          attempts: [{ status: 'passed', annotations: [{ type: 'not-checked', description: 'SAFE-01: <img src=x onerror=alert(1)> not tried' }] }],
        }),
      ],
    });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; not tried');
    expect(html).not.toContain('<img src=x');
  });

  it('opens failure details, keeps passing ones closed, and starts with every status shown', async () => {
    const { html } = await runReporter({
      tests: [
        fakeTest({ title: 'SAFE-01 ok', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] }),
        fakeTest({ title: 'SETUP-01 broken', tags: ['@SETUP-01'], attempts: [{ status: 'failed', error: 'SETUP-01: no customer\nmore detail' }] }),
      ],
    });
    expect(html).toMatch(/<tbody data-status="failed" id="SETUP-01">.*<details open><summary>SETUP-01: no customer<\/summary>/s);
    expect(html).toMatch(
      /<tbody data-status="passed" id="SAFE-01"><tr class=""><td class="id">SAFE-01<\/td><td><details class="scenarios"><summary>[^<]+<\/summary><ul class="scenarios"><li>/,
    );
    expect(/<tbody data-status="passed" id="SAFE-01">(.*?)<\/tbody>/s.exec(html)?.[1]).not.toContain('<tr class="details">');
    expect(html).not.toMatch(/<tbody[^>]*class="hidden"/);
  });
});

describe('conformance.html in Chromium', () => {
  it('filters by status and fetches nothing', async () => {
    const { chromium } = await import('@playwright/test');
    const { chromiumLaunchOptions } = await import('../target/chromium.ts');
    const { html, dir } = await runReporter({
      tests: [
        fakeTest({
          title: 'SAFE-01 ok',
          tags: ['@SAFE-01'],
          attempts: [{ status: 'passed', annotations: [{ type: 'not-checked', description: 'SAFE-01: restricted keys not tried' }] }],
        }),
        fakeTest({ title: 'SETUP-01 broken', tags: ['@SETUP-01'], attempts: [{ status: 'failed', error: 'no customer' }] }),
      ],
    });
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const url = `file://${dir}/conformance.html`;
      await page.goto(url);
      expect(html).toContain('data-filter="failed"');
      const visible = () => page.locator('tbody[data-status]:visible').evaluateAll((rows) => rows.map((r) => r.id));
      expect(await visible()).toHaveLength(29);
      // A check not performed shows without a click, and is counted under the bar.
      expect(await page.getByText('restricted keys not tried').isVisible()).toBe(true);
      expect(await page.locator('.not-checked-summary').textContent()).toBe('1 with checks not performed: SAFE-01');
      await page.getByRole('button', { name: /^failed 1$/ }).click();
      expect(await visible()).toEqual(['SETUP-01']);
      expect(await page.getByText('restricted keys not tried').isVisible()).toBe(false);
      await page.getByRole('button', { name: /^passed 1$/ }).click();
      expect(await visible()).toEqual(['SETUP-01', 'SAFE-01']);
      await expect.poll(() => page.getByRole('button', { name: /^all 29$/ }).getAttribute('aria-pressed')).toBe('false');
      await page.getByRole('button', { name: /^all 29$/ }).click();
      expect(await visible()).toHaveLength(29);
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  });
});
