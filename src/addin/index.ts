/**
 * The add-in as other hosts run it (the sandbox page): the controller, the ribbon functions,
 * the capabilities of an Excel, the task pane, and the part of the Excel API it uses (what a
 * simulated Excel implements). Everything else in src/addin is its own.
 */
export {
  AddinController,
  type ControllerOptions,
  type GenerateRequest,
  type PaneState,
} from './controller';
export { registerRibbonCommands } from './commands/commands';
export { capabilitiesOf, type HostCapabilities } from './host/capabilities';
export { TaskPane } from './taskpane/TaskPane';
export type * as ExcelApi from './host/excelApi';
export type { ExcelRun } from './host/excelApi';
