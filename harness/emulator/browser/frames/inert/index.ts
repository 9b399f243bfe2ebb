/**
 * The frame page of every element type Stripe.js knows and the emulator does not act on
 * (`/elements/inert.html`): it loads, says `ready`, and answers `submit` with no error, so a page
 * that mounts, say, a messaging or IBAN element beside the guide's elements keeps working.
 */
import type { ToFrame } from '../../protocol.ts';
import { h } from '../shared/dom.ts';
import { bootFrame, type FrameContext } from '../shared/frame.ts';

class InertElementFrame {
  constructor(private readonly ctx: FrameContext) {}

  async start(): Promise<null> {
    this.ctx.root.append(h('div', { class: 'inert-element', 'aria-hidden': 'true' }));
    return null;
  }

  receive(message: ToFrame): void {
    if (message.type === 'submit') this.ctx.parent.post({ type: 'submit-result', requestId: message.requestId, error: null });
  }
}

bootFrame('.inert-element { min-height: 1px; }', (ctx) => new InertElementFrame(ctx));
