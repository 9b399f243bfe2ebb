import { faker } from '@faker-js/faker/locale/en';
import { randomBytes } from 'node:crypto';

/** A unique, obviously fake shopper email, for the checkout's unit and browser tests. */
export const fakeEmail = (): string =>
  `${
    faker.internet
      .username()
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase() || 'shopper'
  }.${randomBytes(4).toString('hex')}@example.com`;
