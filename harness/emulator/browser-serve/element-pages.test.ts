import { describe, expect, it } from 'vitest';
import { elementKinds } from '../browser/stripe-js/element-kinds.ts';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

describe('element frame pages', () => {
  it('serves the page and the script of every element kind’s frame, titled as Stripe titles it', async () => {
    const pages = new Set(Object.values(elementKinds).map((kind) => kind.page));
    for (const page of pages) {
      const html = await fetch(`${em.emulator.url}/elements/${page}.html`);
      expect(html.status, page).toBe(200);
      expect(await html.text(), page).toContain(`/elements/${page}.js`);
      const js = await fetch(`${em.emulator.url}/elements/${page}.js`);
      expect(js.status, page).toBe(200);
      expect(js.headers.get('content-type'), page).toMatch(/javascript/);
    }
    const address = await (await fetch(`${em.emulator.url}/elements/address.html`)).text();
    expect(address).toContain('<title>Secure address input frame</title>');
  }, 60_000);
});

describe('browser bundles', () => {
  it('link a source map of their own, served beside them, and carry none inline', async () => {
    const js = await (await fetch(`${em.emulator.url}/v3`)).text();
    const link = /\/\/# sourceMappingURL=(\S+)\n$/.exec(js);
    expect(link?.[1]).toBe('/source-maps/stripe-js.js.map');
    expect(js).not.toContain('data:application/json');
    const map = await fetch(`${em.emulator.url}${link![1]}`);
    expect(map.status).toBe(200);
    expect(((await map.json()) as { sources: string[] }).sources.some((s) => s.includes('stripe-js/'))).toBe(true);
    expect((await fetch(`${em.emulator.url}/source-maps/nothing.js.map`)).status).toBe(404);
  }, 60_000);
});
