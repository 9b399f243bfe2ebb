import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { Accounts } from './domain/account.ts';
import { RequestLog } from './http/request-log.ts';
import { isApiUrl } from './http/serve-endpoints.ts';
import { createEmulatorApp, emulatorListener, type EmulatorState } from './server.ts';

const freshState = (): EmulatorState => ({ accounts: new Accounts(), log: new RequestLog(), baseUrl: () => 'http://emulator.test' });

describe('where a request goes', () => {
  it('sends /v1 and below to the API, and nothing else', () => {
    for (const url of ['/v1', '/v1/', '/v1/customers', '/v1/customers/cus_1?expand[]=x', '/v1?x=1']) expect(isApiUrl(url), url).toBe(true);
    for (const url of ['/v10/customers', '/v1x', '/v3', '/_harness/health', '/', undefined]) expect(isApiUrl(url), String(url)).toBe(false);
  });

  // The Express app stays public for tests that mount it (supertest); the listener startEmulator uses serves the same.
  for (const [name, build] of [
    ['createEmulatorApp', (s: EmulatorState) => createEmulatorApp(s)],
    ['emulatorListener', (s: EmulatorState) => emulatorListener(s)],
  ] as const) {
    it(`${name}: answers the API, its 404 and the control API`, async () => {
      const state = freshState();
      const agent = supertest(build(state));
      const created = await agent.post('/v1/customers').auth('sk_test_route', '').type('form').send('email=jenny.rosen%40example.com');
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ object: 'customer', email: 'jenny.rosen@example.com' });
      expect(created.headers['request-id']).toMatch(/^req_/);
      const unknown = await agent.get('/v1/no_such_things').auth('sk_test_route', '');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toContain('Unrecognized request URL (GET: /v1/no_such_things)');
      expect((await agent.get('/_harness/health')).status).toBe(200);
      expect(state.log.list().map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
        'POST /v1/customers 200',
        'GET /v1/no_such_things 404',
      ]);
    });
  }
});
