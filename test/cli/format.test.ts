/** The JSON report written in pieces is, joined, the report as one JSON.stringify writes it. */
import { join } from 'path';
import { jsonPieces, toJson } from '../../src/cli/format';
import { checkFiles, summarize, type FileReport } from '../../src/cli/runCheck';
import { BUILTIN_PROFILES, findingJson } from '../../src/engine';

const choice = { profiles: BUILTIN_PROFILES, ignoreEmbedded: false };
const examples = (...names: string[]) => names.map((name) => join('examples', `${name}.xlsx`));

/** The report as a single JSON.stringify of the whole object writes it (docs/CLI.md's shape). */
function oneString(reports: FileReport[]): string {
  const files = reports.map(({ file, error, forms, issues }) => ({
    file,
    error,
    forms,
    issues: issues.map(findingJson),
  }));
  return JSON.stringify({ version: 1, files, summary: summarize(reports) }, null, 2);
}

describe('jsonPieces', () => {
  it.each([
    ['no file', []],
    ['one form', examples('yantian-2022')],
    ['a package and an unreadable file', [...examples('suizhou-2025'), 'examples/missing.xlsx']],
    [
      'every example together',
      examples('suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'),
    ],
  ])('%s: the pieces join to the one-string report', async (_, files) => {
    const reports = await checkFiles(files, choice);
    const pieces = [...jsonPieces(reports)];
    expect(pieces).toHaveLength(reports.length + 2);
    expect(pieces.join('')).toBe(oneString(reports));
    expect(toJson(reports)).toBe(oneString(reports));
  });
});
