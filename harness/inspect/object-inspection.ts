import type Stripe from 'stripe';
import type { InspectedSetupIntent, PageLeak, ShopperScope } from './glossary.ts';
import { secretKeyLeaks } from './leaks.ts';
import type { ObjectReader } from './object-reader.ts';

/**
 * The part of an inspector that reads Stripe objects created since the test began; the same for
 * the emulator and for Stripe test mode, which differ only in how their ObjectReader lists.
 */
export abstract class ObjectInspection {
  protected abstract readonly objects: ObjectReader;

  customersCreated(): Promise<Stripe.Customer[]> {
    return this.objects.customersCreated();
  }

  setupIntentsCreated(scope?: ShopperScope): Promise<Stripe.SetupIntent[]> {
    return this.objects.setupIntentsCreated(scope);
  }

  async lastSetupIntent(scope?: ShopperScope): Promise<Stripe.SetupIntent | undefined> {
    return (await this.setupIntentsCreated(scope)).at(-1);
  }

  setupIntent(id: string): Promise<InspectedSetupIntent> {
    return this.objects.setupIntent(id);
  }

  paymentIntentsCreated(scope?: ShopperScope): Promise<Stripe.PaymentIntent[]> {
    return this.objects.paymentIntentsCreated(scope);
  }

  async lastPaymentIntent(scope?: ShopperScope): Promise<Stripe.PaymentIntent | undefined> {
    return (await this.paymentIntentsCreated(scope)).at(-1);
  }

  paymentMethodsOf(customer: string): Promise<Stripe.PaymentMethod[]> {
    return this.objects.paymentMethodsOf(customer);
  }

  secretKeyLeaks(html: string): PageLeak[] {
    return secretKeyLeaks(html);
  }
}
