/** The profile types, as the schema parses them: one source for the fields, their defaults and names. */
import type { z } from 'zod';
import type { profileSchema } from './schema';

/**
 * A profile: the indicator hierarchy and settings a finance bureau checks forms against.
 * Every setting is filled in (defaults applied) once it has been validated.
 */
export type Profile = z.output<typeof profileSchema>;

export type FormKind = Profile['form'];

export type MoneyUnit = Profile['moneyUnit'];

export type Level1Node = Profile['hierarchy'][number];
