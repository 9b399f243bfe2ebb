/**
 * Link accounts of one Stripe account, keyed by email. Filled in by the Link domain.
 */
export class LinkDirectory {}
