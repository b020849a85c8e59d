/** Writes a template as an .xlsx file (Node only: writeTemplate.ts itself also runs in the browser). */
import type { TemplateLayout } from '../template/layout';
import { writeOutputFile, type OutputOptions } from './outputFile';
import { writeTemplate } from './writeTemplate';

/** Writes the .xlsx file; an existing file is replaced only with `force` (writeOutputFile). */
export async function writeTemplateFile(
  layout: TemplateLayout,
  path: string,
  options: OutputOptions,
): Promise<void> {
  const workbook = await writeTemplate(layout);
  await writeOutputFile(path, Buffer.from(await workbook.xlsx.writeBuffer()), options);
}
