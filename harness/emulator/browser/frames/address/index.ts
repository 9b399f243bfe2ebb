/**
 * The Address Element's frame page (`/elements/address.html`, title "Secure address input
 * frame"): a shipping or billing address form whose values reach confirm through the page.
 */
import { bootFrame } from '../shared/frame.ts';
import { AddressFrame } from './address-frame.ts';

bootFrame(
  '.address-form { display: flex; flex-direction: column; gap: calc(var(--spacingUnit) * 3); } .address-form .row { display: flex; gap: calc(var(--spacingUnit) * 3); } .address-form .row > * { flex: 1; } .address-form .row:empty { display: none; }',
  (ctx) => new AddressFrame(ctx),
);
