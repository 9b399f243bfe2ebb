import { writeFileSync } from 'node:fs';
import { endpoints } from '../endpoints.ts';
import { readStripeSpec } from './openapi.ts';
import { SPEC_PARAMS_FILE, renderSpecParams } from './spec-params.ts';

// `npm run spec-params`: rewrites the committed table of the spec's parameters per served endpoint.
writeFileSync(SPEC_PARAMS_FILE, renderSpecParams(readStripeSpec(), endpoints));
console.log(`spec-params: wrote ${SPEC_PARAMS_FILE}`);
