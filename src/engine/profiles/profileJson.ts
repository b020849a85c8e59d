/**
 * Profiles to and from JSON, with the schema (schema.ts, built on zod) loaded on its first use
 * rather than when the engine loads: most checks meet no profile but the built-in ones (complete
 * already, builtins.ts), and loading zod was a third of a one-shot `perf-forms check`'s start.
 */
import type * as Schema from './schema';
import type { Profile } from './types';

let loaded: typeof Schema | undefined;

/** schema.ts, loaded on the first call (synchronously: the reader and the rules are). */
export function profileSchemaModule(): typeof Schema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load; bundlers inline it
  loaded ??= require('./schema') as typeof Schema;
  return loaded;
}

/** Parses profile JSON text; a syntax error is reported in Chinese too (schema.ts). */
export function parseProfileJson(text: string): Schema.ProfileParseResult {
  return profileSchemaModule().parseProfileJson(text);
}

/** Validates a profile object (parsed JSON) and fills in defaults; every problem at once (schema.ts). */
export function validateProfile(data: unknown): Schema.ProfileParseResult {
  return profileSchemaModule().validateProfile(data);
}

/** Profile as JSON that validateProfile reads back to the same profile. */
export function profileToJson(profile: Profile): string {
  return JSON.stringify(profile, null, 2);
}
