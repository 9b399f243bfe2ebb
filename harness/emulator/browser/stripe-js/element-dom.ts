import { framesOrigin } from '../config.ts';
import { frameHash, type ElementType } from '../protocol.ts';
import { containerClasses, type ContainerClasses } from './element-classes.ts';
import { elementKinds } from './element-kinds.ts';
import { ensureStripeStyles } from './styles.ts';

/** Each element's frame page, its title (what drivers select on) and the height its loader holds. */
export const elementFrames = elementKinds;

/** What `mount()` puts in the merchant's container. */
export interface MountedElementDom {
  wrapper: HTMLDivElement;
  iframe: HTMLIFrameElement;
  loader: HTMLDivElement | null;
}

const wrapperStyle =
  'margin: 0px !important; padding: 0px !important; border: none !important; display: block !important; background: transparent !important; position: relative !important; opacity: 1 !important;';
const iframeStyle =
  'border: none !important; margin: 0px !important; padding: 0px !important; width: 1px !important; min-width: 100% !important; overflow: hidden !important; display: block !important; user-select: none !important; color-scheme: normal !important; height: 0px;';

/** The frame page's URL: the frame page on Stripe's frames origin plus, in the hash, the frame's name and our origin to answer. */
export function elementFrameUrl(type: ElementType, frameId: string): string {
  return `${framesOrigin}/elements/${elementFrames[type].page}.html${frameHash({ frameId, parentOrigin: location.origin })}`;
}

function skeletonLoader(fields: number): HTMLDivElement {
  const loader = document.createElement('div');
  loader.className = '__PrivateStripeElementLoader';
  loader.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < fields; i++) {
    const label = document.createElement('div');
    label.className = '__PrivateStripeElementLoader-line';
    const field = document.createElement('div');
    field.className = '__PrivateStripeElementLoader-field';
    loader.append(label, field);
  }
  return loader;
}

/**
 * Builds an element's DOM as Stripe.js does: a `.__PrivateStripeElement` wrapper holding the
 * iframe (named `__privateStripeFrame<N>`, titled for its element) and, until the frame says it
 * is ready, a `.__PrivateStripeElementLoader` over it.
 */
export function buildElementDom(type: ElementType, frameId: string, opts: { showLoader: boolean }): MountedElementDom {
  ensureStripeStyles();
  const wrapper = document.createElement('div');
  wrapper.className = '__PrivateStripeElement';
  wrapper.setAttribute('style', wrapperStyle);
  const iframe = document.createElement('iframe');
  iframe.name = frameId;
  iframe.title = elementFrames[type].title;
  iframe.setAttribute('frameborder', '0');
  iframe.setAttribute('allowtransparency', 'true');
  iframe.setAttribute('scrolling', 'no');
  iframe.setAttribute('allow', 'payment *; publickey-credentials-get *');
  iframe.setAttribute('style', iframeStyle);
  iframe.src = elementFrameUrl(type, frameId);
  wrapper.appendChild(iframe);
  let loader: HTMLDivElement | null = null;
  if (opts.showLoader) {
    loader = skeletonLoader(elementFrames[type].loaderFields);
    // The loader holds the space the element will take, so the page does not jump when it is ready.
    const fields = elementFrames[type].loaderFields;
    wrapper.style.setProperty('min-height', `${fields * 56 + (2 * fields - 1) * 12 + 4}px`);
    wrapper.appendChild(loader);
  }
  return { wrapper, iframe, loader };
}

/** Takes the loader away once the frame is ready. */
export function removeLoader(dom: MountedElementDom): void {
  dom.loader?.remove();
  dom.loader = null;
  dom.wrapper.style.removeProperty('min-height');
}

/** The container classes Stripe.js keeps in step with the element's state (the `classes` option's names, else Stripe's). */
export function setContainerState(
  container: Element,
  state: { empty?: boolean; complete?: boolean; invalid?: boolean; focus?: boolean },
  names: ContainerClasses = containerClasses(undefined),
): void {
  const classes = container.classList;
  for (const [name, on] of Object.entries(state) as [keyof typeof state, boolean | undefined][])
    if (on !== undefined) for (const className of names[name].split(/\s+/)) classes.toggle(className, on);
}
