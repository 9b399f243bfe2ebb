import { testAccountOf } from '../http/account-keys.ts';

/** The account of `sk_test_<x>`, `pk_test_<x>`, `rk_test_<x>` or a bare `<x>`; undefined for live or malformed keys. */
export const accountKeyOf = testAccountOf;
