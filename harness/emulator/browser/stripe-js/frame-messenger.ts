import { builtins } from '../builtins.ts';
import { envelope, openEnvelope, type FromFrame, type ToFrame } from '../protocol.ts';

/** One frame the page talks to: its window (while it exists), the origin it must speak from, and who hears it. */
interface FrameLine {
  window: () => Window | null;
  origin: string;
  onMessage: (message: FromFrame) => void;
}

/** Answers that settle a pending request: every `FromFrame` message that carries a `requestId`. */
type Answer = Extract<FromFrame, { requestId: string }>;

const lines = new Map<string, FrameLine>();
const pending = new Map<string, { frameId: string; settle: (answer: Answer | undefined) => void }>();
let listening = false;

function onWindowMessage(event: MessageEvent): void {
  const opened = openEnvelope<FromFrame>(event.data);
  if (!opened) return;
  const line = lines.get(opened.frameId);
  // Only the frame we made, from the origin we loaded it from, may speak under its id.
  if (!line || event.origin !== line.origin || event.source !== line.window()) return;
  const message = opened.message;
  if ('requestId' in message && typeof message.requestId === 'string') {
    const waiting = pending.get(message.requestId);
    if (waiting && waiting.frameId === opened.frameId) {
      pending.delete(message.requestId);
      waiting.settle(message);
    }
  }
  line.onMessage(message);
}

/**
 * The page's side of the frame protocol: one `message` listener for every frame of every
 * Stripe instance, with the saved `addEventListener` and `postMessage`, so a merchant page that
 * replaced them later does not cut the line.
 */
export const frameMessenger = {
  /** Starts hearing a frame. `origin` is the origin its page is served from. */
  register(frameId: string, line: FrameLine): void {
    if (!listening) {
      builtins.addEventListener.call(window, 'message', onWindowMessage as EventListener);
      listening = true;
    }
    lines.set(frameId, line);
  },

  /** Stops hearing a frame; its unanswered requests settle with `undefined`. */
  unregister(frameId: string): void {
    lines.delete(frameId);
    for (const [requestId, waiting] of pending)
      if (waiting.frameId === frameId) {
        pending.delete(requestId);
        waiting.settle(undefined);
      }
  },

  /** Posts a message to a frame; dropped when the frame is gone. */
  send(frameId: string, message: ToFrame): void {
    const line = lines.get(frameId);
    const target = line?.window();
    if (!line || !target) return;
    builtins.postMessage(target, envelope(frameId, message), line.origin);
  },

  /**
   * Posts a request (through `post`, e.g. a queue while the frame loads) and resolves with the
   * frame's answer of the same `requestId`, or `undefined` when the frame is unmounted first.
   */
  request(
    frameId: string,
    message: Extract<ToFrame, { requestId: string }>,
    post: (message: ToFrame) => void = (m) => frameMessenger.send(frameId, m),
  ): Promise<Answer | undefined> {
    return new builtins.Promise<Answer | undefined>((settle) => {
      if (!lines.has(frameId)) return settle(undefined);
      pending.set(message.requestId, { frameId, settle });
      post(message);
    });
  },
};
