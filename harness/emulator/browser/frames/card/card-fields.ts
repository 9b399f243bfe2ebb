import { h, show } from '../shared/dom.ts';
import { reformat } from '../payment/card/caret.ts';
import { brandNames, cardBrand, formatCardNumber, type CardBrand } from '../payment/card/card-number.ts';
import { formatExpiry } from '../payment/card/expiry.ts';
import type { CardPart, CardParts } from './card-state.ts';

/** Each field's input as Stripe's card elements name and label it (what drivers select on). */
const inputAttrs: Record<CardPart, Record<string, string>> = {
  number: { name: 'cardnumber', autocomplete: 'cc-number', inputmode: 'numeric', 'aria-label': 'Credit or debit card number', placeholder: 'Card number' },
  expiry: { name: 'exp-date', autocomplete: 'cc-exp', inputmode: 'numeric', 'aria-label': 'Credit or debit card expiration date', placeholder: 'MM / YY' },
  cvc: { name: 'cvc', autocomplete: 'cc-csc', inputmode: 'numeric', 'aria-label': 'Credit or debit card CVC/CVV', placeholder: 'CVC', maxlength: '4' },
  postalCode: { name: 'postal', autocomplete: 'postal-code', 'aria-label': 'ZIP', placeholder: 'ZIP', maxlength: '10' },
};

const parts: readonly CardPart[] = ['number', 'expiry', 'cvc', 'postalCode'];

/** The brand as the small icon before the number reads (its accessible name is the full brand name). */
const iconLabels: Record<CardBrand, string> = {
  visa: 'VISA',
  mastercard: 'MC',
  amex: 'AMEX',
  discover: 'DISC',
  diners: 'DC',
  jcb: 'JCB',
  unionpay: 'UP',
  unknown: '',
};

/** The state classes of one input, which the `style` option's variants select. */
export interface InputState {
  empty: boolean;
  complete: boolean;
  invalid: boolean;
}

/**
 * The inputs of a card element on one line: a brand icon, then `cardnumber`, `exp-date`, `cvc`,
 * `postal` (the ones `present` names; the rest are never built). Typing reformats the number and
 * the expiry in place, keeping the caret; `changed` hears every edit, `left` every blur.
 *
 * @example
 * const view = cardFields(['number', 'expiry', 'cvc', 'postalCode'], { changed, left });
 */
export function cardFields(present: readonly CardPart[], on: { changed(part: CardPart): void; left(part: CardPart): void }) {
  const icon = h('span', { class: 'card-icon', 'data-brand': 'unknown', 'aria-hidden': 'true' });
  const inputs = new Map<CardPart, HTMLInputElement>();
  for (const part of parts) {
    if (!present.includes(part)) continue;
    const input = h('input', { type: 'text', class: `card-input card-input-${part}`, spellcheck: 'false', autocorrect: 'off', ...inputAttrs[part] });
    inputs.set(part, input);
  }
  let brandOfCvc: CardBrand = 'unknown';
  const cvcDigits = () => (brandOfCvc === 'amex' ? 4 : brandOfCvc === 'unknown' ? 4 : 3);

  const formatters: Partial<Record<CardPart, (value: string, deleting: boolean) => string>> = {
    number: (value) => formatCardNumber(value),
    expiry: formatExpiry,
    cvc: (value) => value.replace(/\D/g, '').slice(0, cvcDigits()),
  };
  for (const [part, input] of inputs) {
    input.addEventListener('input', (e) => {
      const format = formatters[part];
      if (format) reformat(input, format, (e as InputEvent).inputType?.startsWith('delete') ?? false);
      if (part === 'number') setBrand(cardBrand(input.value));
      on.changed(part);
    });
    input.addEventListener('blur', () => on.left(part));
  }

  const setBrand = (brand: CardBrand) => {
    icon.dataset.brand = brand;
    icon.textContent = iconLabels[brand];
    icon.title = brand === 'unknown' ? '' : brandNames[brand];
    if (inputs.has('number')) brandOfCvc = brand;
    const cvc = inputs.get('cvc');
    if (cvc) cvc.maxLength = cvcDigits();
  };

  const element = h(
    'div',
    { class: 'card-element' },
    inputs.has('number') ? icon : null,
    ...[...inputs.values()].map((input) => h('span', { class: 'card-field' }, input)),
  );

  return {
    element,
    input: (part: CardPart) => inputs.get(part),
    /** What was typed, `''` for the fields this element does not have. */
    parts: (): CardParts => ({
      number: inputs.get('number')?.value ?? '',
      expiry: inputs.get('expiry')?.value ?? '',
      cvc: inputs.get('cvc')?.value ?? '',
      postalCode: inputs.get('postalCode')?.value ?? '',
    }),
    /** The `cardCvc` element learns the brand from the `cardNumber` element through the page. */
    setCvcBrand(brand: CardBrand) {
      brandOfCvc = brand;
      const cvc = inputs.get('cvc');
      if (cvc) cvc.maxLength = cvcDigits();
    },
    setState(part: CardPart, state: InputState) {
      const input = inputs.get(part);
      if (!input) return;
      input.classList.toggle('is-empty', state.empty);
      input.classList.toggle('is-complete', state.complete);
      input.classList.toggle('is-invalid', state.invalid);
      input.setAttribute('aria-invalid', String(state.invalid));
    },
    setElementState(state: InputState) {
      element.classList.toggle('is-empty', state.empty);
      element.classList.toggle('is-complete', state.complete);
      element.classList.toggle('is-invalid', state.invalid);
    },
    showPart(part: CardPart, visible: boolean) {
      const input = inputs.get(part);
      if (input?.parentElement) show(input.parentElement, visible);
    },
    setPostalCode(value: string) {
      const input = inputs.get('postalCode');
      if (input) input.value = value;
    },
    setPlaceholder(part: CardPart, placeholder: string | undefined) {
      inputs.get(part)?.setAttribute('placeholder', placeholder ?? inputAttrs[part].placeholder ?? '');
    },
    setIcon(opts: { visible: boolean; solid: boolean }) {
      show(icon, opts.visible);
      icon.classList.toggle('is-solid', opts.solid);
    },
    setDisabled(disabled: boolean) {
      for (const input of inputs.values()) input.disabled = disabled;
    },
    focus(part?: CardPart) {
      (part ? inputs.get(part) : inputs.values().next().value)?.focus();
    },
    clear() {
      for (const input of inputs.values()) input.value = '';
      setBrand('unknown');
    },
  };
}

export type CardFieldsView = ReturnType<typeof cardFields>;
