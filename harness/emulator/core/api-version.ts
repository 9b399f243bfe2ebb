/**
 * The Stripe API version the emulator speaks (stripe-node 23's pin): what it answers with when a
 * request sends no `Stripe-Version`, and the `api_version` of its events and webhook endpoints.
 */
export const EMULATOR_API_VERSION = '2026-10-28.endive';
