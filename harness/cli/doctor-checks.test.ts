import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../bench/free-port.ts';
import { useEmulator } from '../emulator/testing.ts';
import { ChromiumNotFoundError } from '../target/chromium.ts';
import { browserChecks, checkoutAnswersCheck, configCheck, emulatorPortCheck, checkoutPortCheck, nodeCheck } from './doctor-checks.ts';
import { doctorReport } from './doctor-command.ts';

const em = useEmulator();
const servers: Server[] = [];
const sockets = new Set<Socket>();
const closeServer = (server: Server) => {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(resolve));
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

/** A port held by something that is not the harness: it accepts connections and says nothing useful. */
async function foreignPort(): Promise<number> {
  const server = createServer((socket) => {
    sockets.add(socket.on('error', () => undefined).on('close', () => sockets.delete(socket)));
    socket.end('HTTP/1.1 500 Nope\r\nContent-Length: 0\r\n\r\n');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

describe('link-harness doctor', () => {
  it('accepts the Node versions package.json allows and names the one to install otherwise', () => {
    expect(nodeCheck('20.19.0').status).toBe('ok');
    expect(nodeCheck('22.1.0').status).toBe('ok');
    expect(nodeCheck('20.18.9')).toMatchObject({ status: 'fail', fix: expect.stringContaining('20.19.0') });
  });

  it('names the browser of each project, and every place searched when one is missing', () => {
    const checks = browserChecks({
      headless: () => ({ executablePath: '/usr/bin/chromium-headless-shell', args: [] }),
      model: (model) => {
        if (model === 'chrome-like') return { args: [] };
        throw new ChromiumNotFoundError('link-harness: no full Chromium found.\nFix: …\nWhere: …', ['/usr/bin/chromium', '/opt/bin/google-chrome']);
      },
    });
    expect(checks.map((c) => c.status)).toEqual(['ok', 'ok', 'fail']);
    expect(checks[0]!.said).toBe('/usr/bin/chromium-headless-shell');
    expect(checks[1]!.said).toContain("Playwright's own Chromium");
    expect(checks[2]!.details).toEqual(['searched:', '  /usr/bin/chromium', '  /opt/bin/google-chrome']);
    expect(checks[2]!.fix).toBe('npm run setup');
  });

  it('tells a free port, a running emulator and a port taken by something else apart', async () => {
    expect(await emulatorPortCheck(await freePort())).toMatchObject({ status: 'ok', said: expect.stringContaining('free') });
    expect(await emulatorPortCheck(em.emulator.port)).toMatchObject({ status: 'ok', said: expect.stringContaining('emulator answers') });
    const taken = await emulatorPortCheck(await foreignPort());
    expect(taken).toMatchObject({ status: 'fail', fix: expect.stringContaining('LINK_HARNESS_EMULATOR_PORT') });
    expect(await checkoutPortCheck(await foreignPort(), 'http://localhost:3000')).toMatchObject({
      status: 'ok',
      said: expect.stringContaining('CHECKOUT_URL'),
    });
    expect(await checkoutPortCheck(await foreignPort(), undefined)).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('LINK_HARNESS_CHECKOUT_PORT'),
    });
    expect(await checkoutAnswersCheck(em.emulator.url)).toMatchObject({ status: 'ok' });
    expect(await checkoutAnswersCheck(`http://127.0.0.1:${await freePort()}`)).toMatchObject({ status: 'fail', said: expect.stringContaining('ECONNREFUSED') });
  });

  it('loads the config file as the suite would and says what is wrong with it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'doctor-'));
    expect((await configCheck(dir, {}))[0]).toMatchObject({ status: 'ok', said: expect.stringContaining('no link-harness.config.ts') });
    await writeFile(join(dir, 'link-harness.config.ts'), 'export default { checkout: { openSavePage: 1 }, chargeURL: "x" };\n');
    const [bad] = await configCheck(dir, {});
    expect(bad).toMatchObject({ status: 'fail' });
    expect(bad!.said).toContain('chargeURL');
    const live = await configCheck(dir, { LINK_HARNESS_CONFIG: join(dir, 'missing.ts') });
    expect(live[0]).toMatchObject({ status: 'fail', said: expect.stringContaining('missing.ts') });
  });

  it('reports a line per check, a fix under each failure, and the verdict last', () => {
    const report = doctorReport([
      { name: 'node', status: 'ok', said: 'Node 20.19.0' },
      { name: 'port 12111 (emulator)', status: 'fail', said: 'taken', fix: 'stop it' },
    ]);
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^ok +node +Node 20\.19\.0$/);
    expect(lines[1]).toMatch(/^FAIL +port 12111/);
    expect(lines[2]).toMatch(/^ +fix: stop it$/);
    expect(lines.at(-1)).toBe('link-harness doctor: 1 thing to fix before the suite can run.');
  });
});
