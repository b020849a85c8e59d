/**
 * zod stays out of a check that meets only built-in profiles (issue #11): the built-ins are
 * stored complete (builtins.generated.ts) and the library unvalidated at run time, so these tests
 * prove the stored data is what the schemas make of it, and that the engine checks real forms
 * with zod made unloadable until a workbook carries a profile of its own.
 */
import type * as Engine from '../../src/engine';
import { BUILTIN_PROFILES, INDICATOR_LIBRARY, INDICATOR_SOURCES } from '../../src/engine';
import { librarySchema } from '../../src/engine/indicators/librarySchema';
import { BUILTIN_PROFILE_INPUTS } from '../../src/engine/profiles/builtinInputs';
import { completeProfile } from '../../src/engine/profiles/schema';
import { loadExample, type ExampleName } from './fixtures';

const EXAMPLES: ExampleName[] = ['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'];

describe('data stored complete, as its schema makes it', () => {
  test('builtins.generated.ts is builtinInputs.ts completed (npm run profiles:builtins)', () => {
    // As text: the order of the fields is what profileToJson writes into templates.
    expect(JSON.stringify(BUILTIN_PROFILES, null, 2)).toBe(
      JSON.stringify(BUILTIN_PROFILE_INPUTS.map(completeProfile), null, 2),
    );
  });

  test('the indicator library passes its schema unchanged', () => {
    const library = { sources: INDICATOR_SOURCES, entries: INDICATOR_LIBRARY };
    const parsed = librarySchema.safeParse(library);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(library);
  });
});

/**
 * `work` run on the engine loaded afresh (the lazy load of the schema happens inside, in the same
 * fresh registry), and how many times it loaded zod.
 */
function countingZod<T>(work: (engine: typeof Engine) => T): { result: T; zodLoads: number } {
  let zodLoads = 0;
  let result: T | undefined;
  jest.isolateModules(() => {
    jest.doMock('zod', () => {
      zodLoads++;
      return jest.requireActual('zod');
    });
    result = work(jest.requireActual('../../src/engine'));
  });
  return { result: result as T, zodLoads };
}

describe('zod loaded only for a profile other than the built-ins', () => {
  test.each(EXAMPLES)('%s is read and checked without zod', (name) => {
    const { result, zodLoads } = countingZod((engine) =>
      engine.checkWorkbook(loadExample(name), { labels: [name] }),
    );
    expect(result.forms.length).toBeGreaterThan(0);
    expect(zodLoads).toBe(0);
  });

  test('a workbook carrying a profile loads it, and it is used', () => {
    const carried = { ...BUILTIN_PROFILE_INPUTS[0], id: 'bureau-2025', name: '本单位配置' };
    const { result, zodLoads } = countingZod((engine) => {
      const book = loadExample('ezhou-2025');
      book.sheets.push({
        name: engine.PROFILE_SHEET,
        rows: [[JSON.stringify(carried)]],
        merges: [],
      });
      return engine.checkReadings([engine.readWorkbook(book)])[0];
    });
    expect(result.forms.map((form) => form.profile)).toContain('bureau-2025');
    expect(zodLoads).toBe(1);
  });
});
