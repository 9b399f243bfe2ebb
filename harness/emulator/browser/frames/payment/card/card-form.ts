import { h, show, uniqueId } from '../../shared/dom.ts';
import { reformat } from './caret.ts';
import { brandNames, cardBrand, cardNumberState, cvcLength, digitsOf, formatCardNumber } from './card-number.ts';
import { cardFields, cardFormEmpty, cardProblems, fieldProblem, type CardField, type CardFormValues, type FieldProblem } from './card-validation.ts';
import { countries, postalCodeName, postalCodeRequired } from './countries.ts';
import { expiryDigits, formatExpiry } from './expiry.ts';

interface Field {
  input: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
  element: HTMLElement;
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement, extra?: HTMLElement): Field {
  const id = uniqueId(`payment-${input.name}`);
  input.id = id;
  input.classList.add('input');
  const error = h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', error.id);
  const labelEl = h('label', { class: 'label', for: id }, label);
  const element = h('div', { class: `field field-${input.name}` }, labelEl, extra ? h('div', { class: 'input-wrap' }, input, extra) : input, error);
  return { input, error, element };
}

const textInput = (attrs: Record<string, string>) => h('input', { type: 'text', spellcheck: 'false', ...attrs });

/**
 * The card form of the Payment Element, with the field names drivers use on real Stripe:
 * `number`, `expiry` (typed `MMYY`, shown `MM / YY`), `cvc`, `country`, `postalCode`. Each field
 * shows its problem under it on blur (once something was typed) and on submit.
 *
 * @example
 * const card = cardForm({ country: 'US', postalCode: '', onChange: report });
 */
export function cardForm(opts: { country: string; postalCode: string; onChange(): void; collectsAddress?: boolean }) {
  // A billing Address Element in the group collects the country and postal code instead.
  const collectsAddress = opts.collectsAddress !== false;
  const brand = h('span', { class: 'card-brand', 'data-brand': 'unknown' });
  const number = field(
    'Card number',
    textInput({ name: 'number', autocomplete: 'cc-number', inputmode: 'numeric', placeholder: '1234 1234 1234 1234' }),
    brand,
  );
  const expiry = field('Expiration date', textInput({ name: 'expiry', autocomplete: 'cc-exp', inputmode: 'numeric', placeholder: 'MM / YY' }));
  const cvc = field('Security code', textInput({ name: 'cvc', autocomplete: 'cc-csc', inputmode: 'numeric', placeholder: 'CVC', maxlength: '4' }));
  const countrySelect = h('select', { name: 'country', autocomplete: 'billing country' }, ...countries.map((c) => h('option', { value: c.code }, c.name)));
  countrySelect.value = opts.country;
  const country = field('Country', countrySelect);
  const postal = field('ZIP', textInput({ name: 'postalCode', autocomplete: 'billing postal-code', placeholder: '12345' }));
  (postal.input as HTMLInputElement).value = opts.postalCode;
  const fields: Record<CardField, Field> = { number, expiry, cvc, postalCode: postal };

  const element = h(
    'div',
    { class: 'card-form' },
    number.element,
    h('div', { class: 'row' }, expiry.element, cvc.element),
    h('div', { class: 'row', ...(collectsAddress ? {} : { hidden: true }) }, country.element, postal.element),
  );

  const values = (): CardFormValues => ({
    number: number.input.value,
    expiry: expiry.input.value,
    cvc: cvc.input.value,
    country: countrySelect.value,
    postalCode: postal.input.value,
  });

  const setProblem = (name: CardField, problem: FieldProblem | null) => {
    const f = fields[name];
    f.error.textContent = problem?.message ?? '';
    f.input.setAttribute('aria-invalid', String(problem !== null));
  };
  /** Clears a shown error as soon as the field is right again. */
  const recheck = (name: CardField) => {
    if (fields[name].input.getAttribute('aria-invalid') === 'true' && !fieldProblem(name, values())) setProblem(name, null);
  };
  const showIfTyped = (name: CardField) => {
    const f = fields[name];
    if (f.input.value.trim() !== '') setProblem(name, fieldProblem(name, values()));
  };

  const syncCountry = () => {
    const c = countrySelect.value;
    show(postal.element, postalCodeRequired(c));
    const labelEl = postal.element.querySelector('label');
    if (labelEl) labelEl.textContent = postalCodeName(c);
    postal.input.setAttribute('placeholder', c === 'US' ? '12345' : '');
    if (!postalCodeRequired(c)) setProblem('postalCode', null);
  };
  syncCountry();

  const numberInput = number.input as HTMLInputElement;
  numberInput.addEventListener('input', () => {
    reformat(numberInput, formatCardNumber, false);
    const b = cardBrand(numberInput.value);
    brand.dataset.brand = b;
    brand.textContent = b === 'unknown' ? '' : brandNames[b];
    (cvc.input as HTMLInputElement).maxLength = cvcLength(numberInput.value);
    recheck('number');
    if (cardNumberState(numberInput.value) === 'invalid') setProblem('number', fieldProblem('number', values()));
    if (cardNumberState(numberInput.value) === 'complete' && document.activeElement === numberInput) expiry.input.focus();
    opts.onChange();
  });
  const expiryInput = expiry.input as HTMLInputElement;
  expiryInput.addEventListener('input', (e) => {
    reformat(expiryInput, formatExpiry, (e as InputEvent).inputType?.startsWith('delete') ?? false);
    recheck('expiry');
    if (expiryDigits(expiryInput.value).length === 4) {
      showIfTyped('expiry');
      if (!fieldProblem('expiry', values()) && document.activeElement === expiryInput) cvc.input.focus();
    }
    opts.onChange();
  });
  const cvcInput = cvc.input as HTMLInputElement;
  cvcInput.addEventListener('input', () => {
    const digits = digitsOf(cvcInput.value).slice(0, cvcLength(numberInput.value));
    if (digits !== cvcInput.value) cvcInput.value = digits;
    recheck('cvc');
    opts.onChange();
  });
  postal.input.addEventListener('input', () => {
    recheck('postalCode');
    opts.onChange();
  });
  countrySelect.addEventListener('change', () => {
    syncCountry();
    recheck('postalCode');
    opts.onChange();
  });
  for (const name of cardFields) fields[name].input.addEventListener('blur', () => showIfTyped(name));

  const inputs = [number.input, expiry.input, cvc.input, countrySelect, postal.input];
  const problemsOf = () => cardProblems(values()).filter(([field]) => collectsAddress || field !== 'postalCode');
  return {
    element,
    values,
    empty: () => cardFormEmpty(values()),
    complete: () => problemsOf().length === 0,
    /** Shows every field's problem (on submit) and focuses the first; returns it. */
    validate(): FieldProblem | null {
      const problems = problemsOf();
      for (const name of cardFields) setProblem(name, problems.find(([f]) => f === name)?.[1] ?? null);
      const first = problems[0];
      if (first) fields[first[0]].input.focus();
      return first?.[1] ?? null;
    },
    /** Shows an API error under its field (`param` number / exp_month / exp_year / cvc); false when it names none of them. */
    showApiError(param: string | undefined, message: string): boolean {
      const name: CardField | undefined =
        param === 'number' || param === 'card[number]'
          ? 'number'
          : param === 'exp_month' || param === 'exp_year'
            ? 'expiry'
            : param === 'cvc'
              ? 'cvc'
              : undefined;
      if (!name) return false;
      fields[name].error.textContent = message;
      fields[name].input.setAttribute('aria-invalid', 'true');
      return true;
    },
    setDisabled(disabled: boolean) {
      for (const input of inputs) input.disabled = disabled;
    },
    focus: () => number.input.focus(),
    clear() {
      for (const name of cardFields) {
        (fields[name].input as HTMLInputElement).value = '';
        setProblem(name, null);
      }
      brand.dataset.brand = 'unknown';
      brand.textContent = '';
      opts.onChange();
    },
  };
}

export type CardForm = ReturnType<typeof cardForm>;
