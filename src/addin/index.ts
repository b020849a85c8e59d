/**
 * The add-in as other hosts run it (the sandbox page): the controller, the ribbon functions,
 * the capabilities of an Excel, the task pane. Everything else in src/addin is its own.
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
