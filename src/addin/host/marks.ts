/**
 * The record of what 高亮错误 changed, kept inside the workbook (a very hidden sheet, JSON in
 * column A) so that 清除高亮 restores every cell's own fill and note even after the file was
 * saved, closed and reopened.
 */
import { z } from 'zod';
import { SEVERITIES, type CellValue } from '../../engine';

export const MARKS_SHEET = '_perf_forms_marks';

/** A cell's fill as it was; null means no fill at all. */
const originalFillSchema = z.object({ color: z.string(), pattern: z.string() });
export type OriginalFill = z.output<typeof originalFillSchema>;

const markSchema = z.object({
  /** Excel keeps a sheet's id across renames; the name is the fallback. */
  sheetId: z.string(),
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
  /** The severity whose colour the cell shows now. */
  severity: z.enum(SEVERITIES),
  fill: originalFillSchema.nullable(),
  /** Whether 高亮错误 wrote the cell's note (hosts without notes leave it alone). */
  noted: z.boolean(),
  /** The note the cell had before, when `noted`. */
  note: z.string().nullable(),
});

/** A marked cell as 清除高亮 restores it: what the marks sheet records, as its schema reads it. */
export type Mark = z.output<typeof markSchema>;

const recordSchema = z.object({ version: z.literal(1), marks: z.array(markSchema) });

/** A cell holds at most 32,767 characters; the JSON is cut into pieces below that. */
const PIECE_LENGTH = 30000;
/**
 * Each piece starts with this, so Excel never takes one for a formula ("=…"), a number or a
 * quote prefix ("'…"), whatever the cut falls on.
 */
const PIECE_PREFIX = '~';

export function encodeMarks(marks: Mark[]): string[] {
  const json = JSON.stringify({ version: 1, marks });
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += PIECE_LENGTH) {
    pieces.push(PIECE_PREFIX + json.slice(start, start + PIECE_LENGTH));
  }
  return pieces;
}

export type DecodedMarks = { ok: true; marks: Mark[] } | { ok: false; error: string };

/** Column A of the marks sheet, as read, back to marks. */
export function decodeMarks(rows: CellValue[][]): DecodedMarks {
  const json = rows
    .map((row) =>
      typeof row[0] === 'string' && row[0].startsWith(PIECE_PREFIX) ? row[0].slice(1) : '',
    )
    .join('');
  if (!json) return { ok: true, marks: [] };
  try {
    const parsed = recordSchema.safeParse(JSON.parse(json));
    if (parsed.success) return { ok: true, marks: parsed.data.marks };
  } catch {
    // Not JSON: reported below like any other damage.
  }
  return {
    ok: false,
    error: `隐藏工作表 ${MARKS_SHEET} 中的高亮记录已损坏，无法恢复高亮前的填充和批注。`,
  };
}

export function markKey(sheetId: string, cell: string): string {
  return `${sheetId}\u0000${cell}`;
}
