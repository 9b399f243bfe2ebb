import { capturePaymentIntent } from '../domain/payment-intent-capture.ts';
import { findPaymentIntent } from '../domain/payment-intents.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { int, metadata, obj, str } from '../http/params.ts';

type CaptureParams = {
  amount_to_capture?: number;
  metadata?: Record<string, string> | '';
  statement_descriptor?: string;
  statement_descriptor_suffix?: string;
};

const capturePaymentIntentEndpoint = defineEndpoint<CaptureParams>({
  method: 'post',
  path: '/v1/payment_intents/:id/capture',
  access: 'secret',
  params: obj({
    amount_to_capture: int({ min: 1 }),
    metadata: metadata(),
    statement_descriptor: str({ max: 22 }),
    statement_descriptor_suffix: str({ max: 22 }),
  }),
  handle({ account, path }, p) {
    return capturePaymentIntent(account, findPaymentIntent(account, path.id!), {
      ...(p.amount_to_capture !== undefined ? { amountToCapture: p.amount_to_capture } : {}),
      ...(p.metadata !== undefined ? { metadata: p.metadata } : {}),
      ...(p.statement_descriptor !== undefined ? { statementDescriptor: p.statement_descriptor } : {}),
      ...(p.statement_descriptor_suffix !== undefined ? { statementDescriptorSuffix: p.statement_descriptor_suffix } : {}),
    });
  },
});

/** `POST /v1/payment_intents/:id/capture`: captures what a `capture_method: manual` intent authorized. */
export const paymentIntentCaptureEndpoints: Endpoint[] = [capturePaymentIntentEndpoint];
