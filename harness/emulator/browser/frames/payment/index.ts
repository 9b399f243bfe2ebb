/**
 * The Payment Element's frame page (`/elements/payment.html`, title "Secure payment input
 * frame"): card form, tabs or accordion, Link opt-in, Link wallet and the confirm.
 */
import { bootFrame } from '../shared/frame.ts';
import { PaymentElementFrame } from './payment-element-frame.ts';
import { paymentStyles } from './styles.ts';

bootFrame(paymentStyles, (ctx) => new PaymentElementFrame(ctx));
