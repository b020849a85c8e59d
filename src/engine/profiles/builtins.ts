/**
 * The built-in profiles, complete: builtins.generated.ts holds builtinInputs.ts with the schema's
 * defaults filled in (npm run profiles:builtins), so neither zod nor the schema loads for them.
 */
import { BUILTIN_PROFILES } from './builtins.generated';
import type { Profile } from './types';

export { BUILTIN_PROFILES };

export function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((profile) => profile.id === id);
}
