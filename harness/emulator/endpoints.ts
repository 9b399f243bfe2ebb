import type { Endpoint } from './http/endpoint.ts';
import { customerEndpoints } from './api/customers.ts';
import { paymentMethodEndpoints } from './api/payment-methods.ts';

/** Every Stripe API endpoint the emulator serves. */
export const endpoints: readonly Endpoint[] = [...customerEndpoints, ...paymentMethodEndpoints];
