/** Writes workbooks to .xlsx files without replacing one unasked (generate and annotate both write so). */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import type { TemplateLayout } from '../template/layout';
import { writeTemplate } from './writeTemplate';

/** The output file cannot be written; the message is Chinese and names the file. */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFileError';
  }
}

/** Writes the template's .xlsx file; an existing file is replaced only with `force`. */
export async function writeTemplateFile(
  layout: TemplateLayout,
  path: string,
  options: { force: boolean },
): Promise<void> {
  await writeWorkbookFile(await writeTemplate(layout), path, options);
}

/** Writes a workbook as an .xlsx file; an existing file is replaced only with `force`. */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  path: string,
  options: { force: boolean },
): Promise<void> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  try {
    // 'wx' refuses an existing file atomically, so a file created meanwhile is not lost either.
    await fs.writeFile(path, buffer, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    throw new OutputFileError(describeWriteFailure(path, error as NodeJS.ErrnoException));
  }
}

function describeWriteFailure(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EEXIST':
      return `文件 ${path} 已存在，未覆盖；如需覆盖请加 --force`;
    case 'ENOENT':
      return `无法写入 ${path}：所在目录不存在`;
    case 'EACCES':
    case 'EPERM':
      return `无法写入 ${path}：没有写入权限`;
    case 'EISDIR':
      return `无法写入 ${path}：这是一个目录`;
    default:
      return `无法写入 ${path}：${error.message}`;
  }
}
