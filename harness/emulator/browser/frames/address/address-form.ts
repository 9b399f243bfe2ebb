import { h, replaceChildren, uniqueId } from '../shared/dom.ts';
import { addressProblems, fieldLabel, shownFields, type AddressField, type AddressInputs, type AddressLayout, type AddressProblem } from './address-fields.ts';

/** The browser autofill token of each field (`shipping address-line1`, …). */
const autocomplete: Record<AddressField, string> = {
  name: 'name',
  firstName: 'given-name',
  lastName: 'family-name',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  state: 'address-level1',
  postal_code: 'postal-code',
  country: 'country',
  phone: 'tel',
};

interface FieldView {
  element: HTMLElement;
  input: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
}

/**
 * The Address Element's labelled fields, named as Stripe names them (`name`, `line1`, `line2`,
 * `city`, `state`, `postal_code`, `country` as a select, `phone`). Choosing another country
 * redraws the fields that country has, keeping what was typed. Problems show under their field
 * on blur (once something was typed) and on `check()`.
 *
 * @example
 * const form = addressForm(layout, inputs, { onInput: report });
 * root.append(form.element);
 */
export function addressForm(layout: AddressLayout, initial: AddressInputs, handlers: { onInput(): void }) {
  const inputs: AddressInputs = { ...initial };
  const element = h('div', { class: 'address-form', role: 'group', 'aria-label': layout.mode === 'shipping' ? 'Shipping address' : 'Billing address' });
  let views = new Map<AddressField, FieldView>();
  let readOnly = false;

  const build = (field: AddressField): FieldView => {
    const id = uniqueId(`address-${field}`);
    const common = { id, name: field, class: 'input', autocomplete: `${layout.mode} ${autocomplete[field]}`, 'aria-describedby': `${id}-error` };
    const input =
      field === 'country'
        ? h('select', common, ...layout.countries.map((c) => h('option', { value: c.code }, c.name)))
        : h('input', {
            ...common,
            type: field === 'phone' ? 'tel' : 'text',
            spellcheck: 'false',
            ...(field === 'line2' ? { placeholder: 'Apartment, suite, etc. (optional)' } : {}),
          });
    input.value = inputs[field];
    if (input instanceof HTMLInputElement) input.readOnly = readOnly;
    else input.disabled = readOnly;
    const error = h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
    const optional = field === 'line2' || (field === 'phone' && !layout.phoneRequired);
    const label = h('label', { class: 'label', for: id }, fieldLabel(field, layout, inputs.country), optional && field === 'phone' ? ' (optional)' : '');
    const view: FieldView = { element: h('div', { class: `field field-${field}` }, label, input, error), input, error };
    input.addEventListener(field === 'country' ? 'change' : 'input', () => {
      inputs[field] = input.value;
      if (field === 'country') render();
      else if (input.getAttribute('aria-invalid') === 'true') show(problemOf(field), field);
      handlers.onInput();
    });
    input.addEventListener('blur', () => {
      if (inputs[field].trim() !== '') show(problemOf(field), field);
    });
    return view;
  };

  const problemOf = (field: AddressField): AddressProblem | undefined => addressProblems(inputs, layout).find((p) => p.field === field);

  function show(problem: AddressProblem | undefined, field: AddressField | undefined = problem?.field): void {
    const view = field ? views.get(field) : undefined;
    if (!view) return;
    view.error.textContent = problem?.message ?? '';
    view.input.setAttribute('aria-invalid', String(problem !== undefined));
  }

  function render(): void {
    const focused = document.activeElement;
    const next = new Map<AddressField, FieldView>();
    for (const field of shownFields(layout, inputs.country))
      next.set(field, views.get(field) && field !== 'state' && field !== 'postal_code' ? views.get(field)! : build(field));
    views = next;
    const row = (...fields: AddressField[]) => h('div', { class: 'row' }, ...fields.map((f) => views.get(f)?.element));
    replaceChildren(
      element,
      layout.name === 'split' ? row('firstName', 'lastName') : views.get('name')?.element,
      views.get('country')?.element,
      views.get('line1')?.element,
      views.get('line2')?.element,
      row('city', 'state', 'postal_code'),
      views.get('phone')?.element,
    );
    if (focused instanceof HTMLElement && element.contains(focused)) focused.focus();
  }

  render();
  return {
    element,
    inputs: (): AddressInputs => ({ ...inputs }),
    /** Shows every field's problem; focuses the first bad field. Returns the problems. */
    check(): AddressProblem[] {
      const problems = addressProblems(inputs, layout);
      for (const field of views.keys())
        show(
          problems.find((p) => p.field === field),
          field,
        );
      const first = problems[0] && views.get(problems[0].field);
      if (first && document.hasFocus()) first.input.focus();
      return problems;
    },
    clear(): void {
      for (const field of Object.keys(inputs) as AddressField[]) if (field !== 'country') inputs[field] = '';
      for (const [field, view] of views) {
        view.input.value = inputs[field];
        show(undefined, field);
      }
    },
    focus(): void {
      views.values().next().value?.input.focus();
    },
    setReadOnly(on: boolean): void {
      readOnly = on;
      for (const view of views.values()) {
        if (view.input instanceof HTMLInputElement) view.input.readOnly = on;
        else view.input.disabled = on;
      }
    },
  };
}

export type AddressForm = ReturnType<typeof addressForm>;
