/**
 * The add-in's controller on the simulated Excel, as Office runs it: with the capabilities of the
 * simulated level, and, for live checking, started under fake timers that drive its debounce.
 */
import { AddinController, DEFAULT_DEBOUNCE_MS } from '../../src/addin/controller';
import { capabilitiesOf } from '../../src/addin/host/capabilities';
import {
  createFakeExcel,
  type FakeExcel,
  type SimulatedHost,
  type WorkbookSnapshot,
} from '../../src/sandbox/fakeExcel';

/** A controller taking its capabilities from the simulated level, as from Office.context.requirements. */
export function controllerOn(excel: FakeExcel): AddinController {
  return new AddinController(excel.run, { capabilities: capabilitiesOf(excel.requirements) });
}

export interface LiveSession {
  excel: FakeExcel;
  controller: AddinController;
}

/** A new simulated Excel holding `snapshot` (a blank workbook without one), checked once, not listening. */
export async function checkedOnce(snapshot?: WorkbookSnapshot): Promise<LiveSession> {
  const excel = createFakeExcel(snapshot);
  const controller = new AddinController(excel.run);
  await controller.check();
  return { excel, controller };
}

/**
 * A new simulated Excel holding `snapshot`, its controller started (checked, listening to edits).
 * Timers are fake from here on: read example files before, with real ones.
 */
export async function startLive(
  snapshot: WorkbookSnapshot,
  simulated?: SimulatedHost,
): Promise<LiveSession> {
  jest.useFakeTimers();
  const excel = createFakeExcel(snapshot, simulated);
  const controller = controllerOn(excel);
  await controller.start();
  return { excel, controller };
}

/** Stops listening and gives the timers back. */
export async function stopLive(controller: AddinController): Promise<void> {
  await controller.stop();
  jest.useRealTimers();
}

/** Lets the simulated Excel deliver its events and the debounce run out, then waits for the re-check. */
export async function afterTyping(controller: AddinController): Promise<void> {
  await jest.advanceTimersByTimeAsync(DEFAULT_DEBOUNCE_MS);
  await controller.settle();
}
