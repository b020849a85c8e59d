/**
 * The workbook's own records (the profile sheet, 高亮错误's marks) are texts down column A of a
 * very hidden sheet: one writer for both.
 */
import type * as ExcelApi from './excelApi';

/**
 * Queues `texts` into column A of the very hidden sheet `name`, adding it when `existingRows` is
 * null; rows past the texts are blanked so nothing of a longer, older record stays.
 */
export function queueHiddenTextSheet(
  worksheets: ExcelApi.WorksheetCollection,
  name: string,
  texts: readonly string[],
  existingRows: number | null,
): ExcelApi.Worksheet {
  const sheet = existingRows === null ? worksheets.add(name) : worksheets.getItem(name);
  if (existingRows === null) sheet.visibility = 'VeryHidden';
  const rows = Math.max(1, texts.length, existingRows ?? 0);
  sheet.getRange(`A1:A${rows}`).values = Array.from({ length: rows }, (_, index) => [
    texts[index] ?? '',
  ]);
  return sheet;
}
