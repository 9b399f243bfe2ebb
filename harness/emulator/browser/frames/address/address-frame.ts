import { builtins } from '../../builtins.ts';
import type { InitMessage, StripeJsError, ToFrame } from '../../protocol.ts';
import type { FrameApp, FrameContext } from '../shared/frame.ts';
import { validationError } from '../shared/stripe-errors.ts';
import { addressEmpty, addressLayout, addressProblems, addressValue, initialInputs, type AddressLayout } from './address-fields.ts';
import { addressForm, type AddressForm } from './address-form.ts';

/**
 * The Address Element's frame: the form its options ask for, prefilled from `defaultValues` (or
 * the first contact), a `change` event with Stripe's value after each edit, and answers to
 * `submit` (elements.submit) and `get-value` (getValue, and confirm) that check the fields first.
 */
export class AddressFrame implements FrameApp {
  private layout!: AddressLayout;
  private form!: AddressForm;
  /** A contact's address until the shopper edits it. */
  private fromContact = false;

  constructor(private readonly ctx: FrameContext) {}

  async start(init: InitMessage): Promise<StripeJsError | null> {
    this.layout = addressLayout(init.options);
    const initial = initialInputs(init.options, this.layout);
    this.fromContact = initial.fromContact;
    this.form = addressForm(this.layout, initial.inputs, {
      onInput: () => {
        this.fromContact = false;
        this.postChange();
      },
    });
    this.form.setReadOnly(init.options.readOnly === true);
    this.ctx.root.append(this.form.element);
    // The first change event follows `ready`, as Stripe's element reports its prefilled state.
    builtins.setTimeout(() => this.postChange(), 0);
    return null;
  }

  receive(message: ToFrame): void {
    switch (message.type) {
      case 'init':
      case 'update':
        if (message.options.readOnly !== undefined) this.form.setReadOnly(message.options.readOnly === true);
        return;
      case 'focus':
        return this.form.focus();
      case 'blur':
        return (document.activeElement as HTMLElement | null)?.blur();
      case 'clear':
        this.form.clear();
        return this.postChange();
      case 'submit': {
        const problem = this.form.check()[0];
        const error = problem ? validationError(problem.code, problem.message) : null;
        return this.ctx.parent.post({ type: 'submit-result', requestId: message.requestId, error });
      }
      case 'get-value':
        this.form.check();
        return this.ctx.parent.post({ type: 'value-result', requestId: message.requestId, result: this.state() });
      default:
        return;
    }
  }

  /** `{complete, isNewAddress, value}` of what the form holds now. */
  private state(): Record<string, unknown> {
    const inputs = this.form.inputs();
    return { complete: addressProblems(inputs, this.layout).length === 0, isNewAddress: !this.fromContact, value: addressValue(inputs, this.layout) };
  }

  private postChange(): void {
    const inputs = this.form.inputs();
    this.ctx.parent.post({
      type: 'change',
      event: { elementType: 'address', elementMode: this.layout.mode, empty: addressEmpty(inputs, this.layout), ...this.state() },
    });
  }
}
