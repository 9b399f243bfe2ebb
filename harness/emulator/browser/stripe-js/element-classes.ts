/**
 * The `classes` option of an element: the class names Stripe.js puts on the merchant's container
 * (`StripeElement`, `StripeElement--complete`, …) or the ones the merchant chose instead.
 */
export interface ContainerClasses {
  base: string;
  complete: string;
  empty: string;
  focus: string;
  invalid: string;
  webkitAutofill: string;
}

const defaults: ContainerClasses = {
  base: 'StripeElement',
  complete: 'StripeElement--complete',
  empty: 'StripeElement--empty',
  focus: 'StripeElement--focus',
  invalid: 'StripeElement--invalid',
  webkitAutofill: 'StripeElement--webkit-autofill',
};

/**
 * The container's class names for `options.classes` (Stripe's where it names none).
 *
 * @example
 * containerClasses({ focus: 'is-focused' }).focus // 'is-focused'
 */
export function containerClasses(option: unknown): ContainerClasses {
  const given = typeof option === 'object' && option !== null ? (option as Record<string, unknown>) : {};
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof ContainerClasses)[]) {
    const value = given[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

/** Every class name of a set, for taking them all off the container. */
export const allClassNames = (classes: ContainerClasses): string[] => Object.values(classes).flatMap((names) => names.split(/\s+/));

/** `element.update({classes})`: the container's classes move from the old names to the new ones. */
export function retargetClasses(container: Element, before: ContainerClasses, after: ContainerClasses): void {
  for (const key of Object.keys(before) as (keyof ContainerClasses)[]) {
    const old = before[key].split(/\s+/);
    if (!old.every((name) => container.classList.contains(name))) continue;
    container.classList.remove(...old);
    container.classList.add(...after[key].split(/\s+/));
  }
}
