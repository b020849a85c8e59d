/**
 * The corpus of real forms from other places (examples/corpus/*.json, see FORMAT.md there): each
 * file is one published document transcribed cell by cell, with the URL it came from and what the
 * reader must make of it. `npm run corpus` writes each as examples/corpus/<id>.xlsx, laid out as
 * printed, for trying the command line and the sandbox on them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { parseRange, type WorkbookGrid } from '../src/engine/grid';
import { parseProfileJson } from '../src/engine/profiles/schema';
import type { Profile } from '../src/engine/profiles/types';
import {
  buildExampleWorkbook,
  EXAMPLES_DIR,
  exampleSheetSchema,
  jsonNames,
  readJson,
  withFixedZipTimestamps,
} from './build-examples';

export const CORPUS_DIR = path.join(EXAMPLES_DIR, 'corpus');

const expectedTableSchema = z.object({
  /** The header row's first label cell, A1. */
  header: z.string(),
  /** How many 三级 rows the table has. */
  rows: z.number().int().nonnegative(),
});

const expectedFormSchema = z.object({
  sheet: z.string(),
  kind: z.enum(['project', 'department']),
  year: z.number().int().nullable(),
  name: z.string(),
  tables: z.array(expectedTableSchema),
});

const expectedErrorSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  rule: z.string(),
  why: z.string().optional(),
});

export const corpusEntrySchema = z.object({
  source: z.object({
    url: z.string().url(),
    title: z.string(),
    place: z.string(),
    province: z.string(),
    note: z.string().optional(),
  }),
  /** Kept out of tuning: read last, as a measure of how general the reader is. */
  heldOut: z.boolean(),
  /**
   * A bureau profile of examples/profiles (file name) the place's forms are read and checked
   * with, as its bureau would hand it over; none: the built-in profiles.
   */
  profile: z.string().optional(),
  sheets: z.array(exampleSheetSchema).min(1),
  expect: z.object({
    forms: z.array(expectedFormSchema),
    errors: z.array(expectedErrorSchema),
  }),
});

export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export function listCorpus(): string[] {
  return jsonNames(CORPUS_DIR);
}

export function readCorpusEntry(id: string): CorpusEntry {
  return readJson(CORPUS_DIR, id, corpusEntrySchema);
}

/** The profiles the entry is read and checked with: its bureau's, or none (the built-ins). */
export function corpusProfiles(entry: CorpusEntry): Profile[] {
  if (entry.profile === undefined) return [];
  const result = parseProfileJson(
    fs.readFileSync(path.join(EXAMPLES_DIR, 'profiles', entry.profile), 'utf8'),
  );
  if (!result.ok) throw new Error(`${entry.profile}: ${result.errors.join('；')}`);
  return [result.profile];
}

/** The entry's sheets as the engine's grids, as a host would hand them over. */
export function corpusGrid(entry: CorpusEntry): WorkbookGrid {
  return {
    sheets: entry.sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows.map((row) => [...row]),
      merges: sheet.merges.map((range) => {
        const bounds = parseRange(range);
        if (!bounds) throw new Error(`${sheet.name}: 合并区域 ${range} 无法识别`);
        return bounds;
      }),
    })),
  };
}

async function main(): Promise<void> {
  for (const id of listCorpus()) {
    const workbook = buildExampleWorkbook(readCorpusEntry(id));
    const target = path.join(CORPUS_DIR, `${id}.xlsx`);
    fs.writeFileSync(
      target,
      withFixedZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer())),
    );
    console.log(`已生成 ${path.relative(process.cwd(), target)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
