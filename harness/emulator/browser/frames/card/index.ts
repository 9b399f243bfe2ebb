/**
 * The card elements' frame page: `card` ("Secure card payment input frame"), and the split
 * `cardNumber`, `cardExpiry` and `cardCvc` (each its own frame); the element type comes with `init`.
 */
import { bootFrame } from '../shared/frame.ts';
import { CardElementFrame } from './card-element-frame.ts';
import { cardStyles } from './styles.ts';

bootFrame(cardStyles, (ctx) => new CardElementFrame(ctx));
