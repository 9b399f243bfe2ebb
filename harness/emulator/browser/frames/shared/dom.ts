/** Tiny DOM helpers: the frames build their few elements by hand, no framework. */

type AttrValue = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. `false`/`null`/`undefined` attributes are
 * left out, `true` sets an empty one; children that are `false`/`null`/`undefined` are skipped.
 *
 * @example
 * h('label', { for: 'email' }, 'Email')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, AttrValue> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}

/** Replaces all children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Shows or hides an element (the `hidden` attribute, which our styles honour). */
export const show = (el: HTMLElement, visible: boolean): void => {
  el.hidden = !visible;
};

let counter = 0;
/** An id unique within the frame, for label/aria wiring. */
export const uniqueId = (prefix: string): string => `${prefix}-${++counter}`;

/** Adds the frame's stylesheet. */
export function injectStyles(css: string): void {
  document.head.appendChild(h('style', {}, css));
}
