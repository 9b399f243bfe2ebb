/**
 * What the elements page (`/elements-page`) exposes to tests: every event of every element it
 * mounted, as the merchant's handler got it (functions named, not kept), and what each confirm
 * resolved with. Shared, type-only, by the page and the tests.
 */

/** One element event; `element` is the page's name for the element (`address:billing`, `expressCheckout`, …). */
export interface PageElementEvent {
  element: string;
  type: string;
  payload: Record<string, unknown>;
}

/** What a confirm resolved with (or threw). */
export interface PageOutcome {
  error: { type: string; code?: string; message?: string } | null;
  intent: { id: string; status: string; payment_method: unknown } | null;
}

export interface ElementsPageState {
  events: PageElementEvent[];
  outcomes: PageOutcome[];
  /** `elements.on('update-end')` calls. */
  updateEnds: number;
}

/**
 * The page's query. `mount` lists the elements, comma-separated: a type (`payment`,
 * `expressCheckout`, `iban`, …) or `address:billing` / `address:shipping`; `options` is a JSON
 * object of create options by that name. `click` is what the Express Checkout Element's `click`
 * handler does (`resolve`, `reject`, `ignore`: listen and never resolve; absent: no listener).
 * The Express Checkout Element's `confirm` handler runs `elements.submit()` then confirms.
 */
export interface ElementsPageQuery {
  pk: string;
  secret: string;
  return: string;
  mount: string;
  options?: string;
  /** JSON of extra `stripe.elements()` options (`loader`, `appearance`, …). */
  group?: string;
  click?: 'resolve' | 'reject' | 'ignore';
  redirect?: 'always' | 'if_required';
}
