import { builtins } from '../../builtins.ts';
import { envelope, openEnvelope, readFrameHash, type FromFrame, type ToFrame } from '../../protocol.ts';

/** The frame's side of the postMessage channel with the emulated Stripe.js in the merchant's page. */
export interface ParentChannel {
  readonly frameId: string;
  readonly parentOrigin: string;
  post(message: FromFrame): void;
  onMessage(handler: (message: ToFrame) => void): void;
}

/**
 * Connects to the parent named in `location.hash` (see `frameHash` in protocol.ts). Messages
 * are accepted only from the parent window, from its origin, and for this frame's id.
 *
 * @example
 * const parent = connectToParent();
 * parent.post({ type: 'frame-loaded' });
 */
export function connectToParent(): ParentChannel {
  const hash = readFrameHash(location.hash);
  const frameId = hash?.frameId ?? 'standalone';
  const parentOrigin = hash?.parentOrigin ?? '*';
  const target = window.parent;
  const handlers: ((message: ToFrame) => void)[] = [];
  builtins.addEventListener.call(window, 'message', (event: Event) => {
    const e = event as MessageEvent;
    if (e.source !== target || (parentOrigin !== '*' && e.origin !== parentOrigin)) return;
    const opened = openEnvelope<ToFrame>(e.data);
    if (!opened || opened.frameId !== frameId) return;
    for (const handler of handlers) handler(opened.message);
  });
  return {
    frameId,
    parentOrigin,
    post(message) {
      if (target === window) return; // opened on its own: nobody to tell
      builtins.postMessage(target, envelope(frameId, message), parentOrigin);
    },
    onMessage(handler) {
      handlers.push(handler);
    },
  };
}
