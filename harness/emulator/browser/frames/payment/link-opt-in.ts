import { h } from '../shared/dom.ts';

/**
 * The Link opt-in a new shopper sees under the card form: `input[name="linkOptIn"]` with
 * id `payment-linkOptInInput` and its label (DESIGN.md), and a short note on what Link does.
 */
export function linkOptIn(onChange: () => void) {
  const checkbox = h('input', {
    type: 'checkbox',
    class: 'checkbox',
    name: 'linkOptIn',
    id: 'payment-linkOptInInput',
    'aria-describedby': 'payment-linkOptInNote',
  });
  const email = h('strong', {});
  const note = h(
    'p',
    { class: 'notice', id: 'payment-linkOptInNote' },
    'Link keeps your card for this and other stores that accept Link, and confirms it is you with a one-time code. It will be saved for ',
    email,
    '.',
  );
  const element = h(
    'div',
    { class: 'link-opt-in' },
    h(
      'div',
      { class: 'checkbox-row' },
      checkbox,
      h('label', { for: 'payment-linkOptInInput' }, 'Save my information for faster checkout with Link'),
      h('span', { class: 'link-badge', 'aria-hidden': 'true' }, 'link'),
    ),
    note,
  );
  checkbox.addEventListener('change', onChange);
  return {
    element,
    checkbox,
    /** Whose details would be saved. */
    setEmail(value: string) {
      email.textContent = value;
    },
  };
}
