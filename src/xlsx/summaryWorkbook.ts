/** The reviewer summary as an .xlsx workbook (汇总 and 问题清单). No Node: the web page makes it too. */
import ExcelJS from 'exceljs';
import type { ReviewSummary } from '../summary';
import { addTableSheet } from './tableSheet';

export function summaryWorkbook(summary: ReviewSummary): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perf-forms';
  addTableSheet(workbook, summary.overview);
  addTableSheet(workbook, summary.issues);
  return workbook;
}
