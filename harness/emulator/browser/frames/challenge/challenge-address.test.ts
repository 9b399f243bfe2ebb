import { describe, expect, it } from 'vitest';
import { readChallengeAddress } from './challenge-address.ts';

describe('the challenge page address', () => {
  it('reads the source, the intent, the frame to answer and the key of a lightbox challenge', () => {
    expect(
      readChallengeAddress({
        pathname: '/three-ds-2-challenge/src_1Abc',
        search: '?intent=seti_1',
        hash: '#frameId=__privateStripeFrame0003&parentOrigin=http%3A%2F%2Flocalhost%3A4242&publishableKey=pk_test_shop',
      }),
    ).toEqual({
      source: 'src_1Abc',
      intent: 'seti_1',
      parent: { frameId: '__privateStripeFrame0003', parentOrigin: 'http://localhost:4242' },
      publishableKey: 'pk_test_shop',
    });
  });

  it('reads the inner page and a full-page challenge (key in the query, no frame to answer)', () => {
    expect(readChallengeAddress({ pathname: '/three-ds-2-challenge/src_1Abc/challenge', search: '', hash: '#publishableKey=pk_test_shop' })).toMatchObject({
      source: 'src_1Abc',
      parent: null,
      publishableKey: 'pk_test_shop',
    });
    expect(readChallengeAddress({ pathname: '/three-ds-2-challenge/src_1Abc', search: '?intent=pi_1&redirect=true&key=pk_test_shop', hash: '' })).toMatchObject(
      {
        parent: null,
        publishableKey: 'pk_test_shop',
      },
    );
  });
});
