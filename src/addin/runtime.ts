/**
 * The shared runtime's one controller. The task pane and the ribbon functions live in the same
 * page (manifest: Runtimes / FunctionFile both point at taskpane.html) and must drive the same
 * controller, so both take it from here.
 */
import { AddinController, type ExcelRun } from './controller';

/** Excel.run in the shape the controller expects. */
const excelRun: ExcelRun = (batch) => Excel.run(batch);

let shared: AddinController | undefined;

export function sharedController(): AddinController {
  shared ??= new AddinController(excelRun);
  return shared;
}
