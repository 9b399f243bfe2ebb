let counter = 0;

/**
 * A new iframe name, `__privateStripeFrame<N>`, the prefix drivers written for real Stripe select
 * on. Unique on the page even when our script was loaded twice (each copy has its own counter).
 */
export function nextFrameName(): string {
  for (;;) {
    counter += 1;
    const name = `__privateStripeFrame${String(counter).padStart(4, '0')}`;
    if (document.getElementsByName(name).length === 0) return name;
  }
}

let requests = 0;

/** An id pairing a request to a frame with its answer. */
export const nextRequestId = (): string => `req_${Date.now().toString(36)}_${(requests += 1)}`;
