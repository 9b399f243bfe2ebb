import { html, type Html } from './html.ts';

/** The outcome of a setup, as the return page tells it. */
export type SetupOutcome = 'succeeded' | 'processing' | 'requires_action' | 'failed' | 'canceled' | 'unknown';

const headings: Record<SetupOutcome, { heading: string; kind: 'ok' | 'warn' | 'error' }> = {
  succeeded: { heading: 'Payment method saved', kind: 'ok' },
  processing: { heading: 'Almost there', kind: 'warn' },
  requires_action: { heading: 'Your bank still needs you', kind: 'warn' },
  failed: { heading: 'Your payment method was not saved', kind: 'error' },
  canceled: { heading: 'Setup canceled', kind: 'error' },
  unknown: { heading: 'We could not tell what happened', kind: 'error' },
};

/** The return page (CONFIRM-02): what happened to the setup, and where to go next. */
export function returnPage({ outcome, detail, setupIntentId }: { outcome: SetupOutcome; detail: string; setupIntentId: string }): Html {
  const { heading, kind } = headings[outcome];
  return html`<h1>${heading}</h1>
<div class="notice ${kind}" role="status" data-setup-outcome="${outcome}" data-setup-intent="${setupIntentId}">${detail}</div>
<p>
  <a class="button" href="/account">Go to your account</a>
  ${outcome === 'succeeded' ? '' : html`<a class="button secondary" href="/account/payment-methods/new">Try again</a>`}
</p>`;
}
