import { config } from 'zod/mini';

// Zod compiles its object parsers with `new Function` unless told not to, and
// even its probe for whether that is allowed is reported as a violation of the
// Content Security Policy (which allows no eval). Imported first by the
// modules that build schemas in the browser (load-flow.ts, saved-journey.ts).
config({ jitless: true });
