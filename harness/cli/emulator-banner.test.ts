import { describe, expect, it } from 'vitest';
import { emulatorBanner } from './emulator-banner.ts';
import { emulatorReadyLine } from '../target/ready-lines.ts';

describe('emulatorBanner', () => {
  it("starts with the ready line Playwright's webServer waits for, then how long start-up took", () => {
    const [first] = emulatorBanner({ host: '127.0.0.1', port: 12111, readyMs: 812 }).split('\n');
    expect(first).toBe(`${emulatorReadyLine} in 812 ms`);
  });

  it('names a connectable address when bound to every interface', () => {
    const banner = emulatorBanner({ host: '0.0.0.0', port: 12111, readyMs: 5 });
    expect(banner).toContain('Base URL         http://127.0.0.1:12111');
    expect(banner.split('\n')[0]).toContain('listening on every interface of this machine as 0.0.0.0');
  });
});
