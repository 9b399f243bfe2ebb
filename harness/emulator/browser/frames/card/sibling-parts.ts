import { builtins } from '../../builtins.ts';
import { envelope, openEnvelope } from '../../protocol.ts';
import type { FieldProblem } from '../payment/card/card-validation.ts';

/**
 * How the split card elements make one card. `cardNumber`, `cardExpiry` and `cardCvc` are three
 * frames on Stripe's origin; the number frame, asked for a PaymentMethod or a token, asks its
 * sibling frames for their fields directly, frame to frame. The messages go only to windows of
 * Stripe's origin (the target origin of every post is the frames' own) whose parent is the same
 * merchant page, so the card is never posted to the merchant's page.
 */

/** A request from the number frame to a sibling (by its frame id), and the sibling's answer. */
type SiblingMessage =
  { type: 'card-part-request'; requestId: string; show: boolean } | { type: 'card-part'; requestId: string; value: string; problem: FieldProblem | null };

/** A sibling's field: what was typed and its problem (null when fine). */
export interface SiblingPart {
  value: string;
  problem: FieldProblem | null;
}

let requests = 0;

/** Whether a message comes from another frame of this origin on the same merchant page. */
function fromSibling(e: MessageEvent): e is MessageEvent & { source: Window } {
  if (e.origin !== location.origin || !e.source || e.source === window) return false;
  try {
    return (e.source as Window).parent === window.parent;
  } catch {
    return false;
  }
}

/**
 * Asks the sibling frame named `frameId` for its field; `show` makes it show its problem, as a
 * submit does. Resolves null when no such frame answers within `timeoutMs` (not mounted, gone).
 *
 * @example
 * const expiry = await askSibling(siblings.cardExpiry, true);
 */
export function askSibling(frameId: string, show: boolean, timeoutMs = 5_000): Promise<SiblingPart | null> {
  const requestId = `part_${Date.now().toString(36)}_${(requests += 1)}`;
  return new builtins.Promise((resolve) => {
    const listener = (event: Event) => {
      const e = event as MessageEvent;
      if (!fromSibling(e)) return;
      const opened = openEnvelope<SiblingMessage>(e.data);
      if (!opened || opened.frameId !== frameId || opened.message.type !== 'card-part' || opened.message.requestId !== requestId) return;
      done({ value: opened.message.value, problem: opened.message.problem });
    };
    const timer = builtins.setTimeout(() => done(null), timeoutMs);
    const done = (answer: SiblingPart | null) => {
      builtins.clearTimeout(timer);
      builtins.removeEventListener.call(window, 'message', listener);
      resolve(answer);
    };
    builtins.addEventListener.call(window, 'message', listener);
    const frames = window.parent.frames;
    for (let i = 0; i < frames.length; i++) {
      const target = frames[i];
      if (target && target !== window)
        builtins.postMessage(target, envelope<SiblingMessage>(frameId, { type: 'card-part-request', requestId, show }), location.origin);
    }
  });
}

/**
 * Answers the number frame's requests for this frame's field (`frameId` is this frame's own id).
 *
 * @example
 * answerSiblings(ctx.parent.frameId, (show) => ({ value: input.value, problem: show ? showProblem() : problem() }));
 */
export function answerSiblings(frameId: string, answer: (show: boolean) => SiblingPart): void {
  builtins.addEventListener.call(window, 'message', (event: Event) => {
    const e = event as MessageEvent;
    if (!fromSibling(e)) return;
    const opened = openEnvelope<SiblingMessage>(e.data);
    if (!opened || opened.frameId !== frameId || opened.message.type !== 'card-part-request') return;
    const part = answer(opened.message.show);
    builtins.postMessage(e.source, envelope<SiblingMessage>(frameId, { type: 'card-part', requestId: opened.message.requestId, ...part }), location.origin);
  });
}
