/**
 * `npm run profiles:builtins`: writes src/engine/profiles/builtins.generated.ts, the built-in
 * profiles of builtinInputs.ts completed by the schema (defaults filled in), so that a check
 * never loads zod for them. test/engine/profiles.test.ts fails when the file is stale.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { format, resolveConfig } from 'prettier';
import { BUILTIN_PROFILE_INPUTS } from '../src/engine/profiles/builtinInputs';
import { completeProfile } from '../src/engine/profiles/schema';

const TARGET = join(__dirname, '..', 'src', 'engine', 'profiles', 'builtins.generated.ts');

async function main(): Promise<void> {
  const profiles = BUILTIN_PROFILE_INPUTS.map(completeProfile);
  const source = `/** Written by \`npm run profiles:builtins\` from builtinInputs.ts: edit that file, not this one. */
import type { Profile } from './types';

export const BUILTIN_PROFILES: readonly Profile[] = ${JSON.stringify(profiles, null, 2)};
`;
  const options = await resolveConfig(TARGET);
  writeFileSync(TARGET, await format(source, { ...options, filepath: TARGET }));
}

main();
