import type { InitMessage, StripeJsError, ToFrame } from '../../protocol.ts';
import { h, injectStyles } from './dom.ts';
import { watchFocus } from './focus.ts';
import { appearanceRulesCss } from './appearance-rules.ts';
import { connectToParent, type ParentChannel } from './messaging.ts';
import { baseStyles } from './styles.ts';
import { cssCustomProperties, themeVariables } from './theme.ts';

/** What a frame page gets to build itself with. */
export interface FrameContext {
  parent: ParentChannel;
  /** Where the element renders (`#root`). */
  root: HTMLElement;
}

/** An element frame: rendered on the first `init`, then fed every later message. */
export interface FrameApp {
  /** Renders for the first `init`. Resolves null when rendered (the frame says `ready`), or the load error. */
  start(init: InitMessage): Promise<StripeJsError | null>;
  /** Every later message; a repeated `init` (from `element.update`) arrives here too. */
  receive(message: ToFrame): void;
  /** What the `ready` event carries besides `elementType`, read when the frame is ready. */
  readyEvent?(): Record<string, unknown>;
}

function applyAppearance(appearance: Record<string, unknown>): void {
  const vars = themeVariables(appearance);
  const style = document.documentElement.style;
  for (const [name, value] of cssCustomProperties(vars)) style.setProperty(name, value);
  document.documentElement.dataset.theme = vars.theme;
  const rules = document.getElementById('appearance-rules') ?? document.head.appendChild(h('style', { id: 'appearance-rules' }));
  rules.textContent = appearanceRulesCss(appearance.rules);
}

/**
 * Tells the parent the content height whenever it changes, so the iframe never scrolls and the
 * merchant's content below it moves once, at the change, not later under the shopper's pointer.
 *
 * Content changes are measured when they happen (a MutationObserver runs at the end of the task
 * that changed the DOM), not at the next rendering update: Chromium stops rendering a
 * cross-origin frame that is out of view, so a ResizeObserver alone would leave, say, the Link
 * opt-in that appeared below the fold unreported until the shopper scrolls to it, and the iframe
 * would grow then. The ResizeObserver stays for layout changes without a DOM change (the
 * frame's width, a web font).
 */
function reportHeight(root: HTMLElement, parent: ParentChannel): void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.post({ type: 'height', height });
  };
  new MutationObserver(send).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  new ResizeObserver(send).observe(root);
  send();
}

/**
 * Boots an element frame: connects to the parent, says `frame-loaded`, waits for `init`, renders,
 * says `ready`, and from then on reports height, focus, blur and Escape. Messages that arrive
 * while the first render is under way are held and delivered after it.
 *
 * @example
 * bootFrame(paymentStyles, (ctx) => new PaymentElementFrame(ctx));
 */
export function bootFrame(css: string, create: (ctx: FrameContext) => FrameApp): void {
  injectStyles(baseStyles + css);
  const root = document.getElementById('root') ?? document.body.appendChild(h('div', { id: 'root' }));
  const loader = root.appendChild(h('div', { class: 'loading', 'data-testid': 'loading', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')));
  const parent = connectToParent();
  const app = create({ parent, root });
  let phase: 'waiting' | 'starting' | 'started' = 'waiting';
  const held: ToFrame[] = [];

  parent.onMessage((message) => {
    if (message.type === 'init') applyAppearance(message.appearance ?? {});
    if (phase === 'started') return app.receive(message);
    if (phase === 'starting' || message.type !== 'init') return void held.push(message);
    phase = 'starting';
    void app.start(message).then((error) => {
      loader.remove();
      phase = 'started';
      if (error) parent.post({ type: 'loaderror', error });
      else parent.post({ type: 'ready', ...(app.readyEvent ? { event: app.readyEvent() } : {}) });
      for (const m of held.splice(0)) app.receive(m);
    });
  });

  watchFocus(parent);
  reportHeight(root, parent);
  parent.post({ type: 'frame-loaded' });
}
