/**
 * What the Excel running the add-in can do, where it differs between versions (see
 * docs/COMPATIBILITY.md). Asked once through isSetSupported, never found out by catching failures.
 */

/** Office.context.requirements, or a simulated host's stand-in. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface HostCapabilities {
  /**
   * The minimum to read and watch a workbook (ExcelApi 1.9: worksheet collection events,
   * used ranges). Older hosts get a message instead of failures.
   */
  reading: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13); without it merges are inferred. */
  mergedAreas: boolean;
  /** Cell notes (ExcelApi 1.18): 高亮错误 writes each cell's problems into its note. */
  notes: boolean;
  /** Task pane and ribbon functions share one runtime (SharedRuntime 1.1). */
  sharedRuntime: boolean;
  /**
   * Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9): a generated form gets the print
   * setup and page breaks of its layout; without them it is written without.
   */
  printLayout: boolean;
}

export const MIN_READING_API = '1.9';
const PRINT_LAYOUT_API = '1.9';

export function capabilitiesOf(requirements: RequirementChecker): HostCapabilities {
  return {
    reading: requirements.isSetSupported('ExcelApi', MIN_READING_API),
    mergedAreas: requirements.isSetSupported('ExcelApi', '1.13'),
    notes: requirements.isSetSupported('ExcelApi', '1.18'),
    sharedRuntime: requirements.isSetSupported('SharedRuntime', '1.1'),
    printLayout: requirements.isSetSupported('ExcelApi', PRINT_LAYOUT_API),
  };
}

/** Everything: the simulated Excel outside Office, unless it is given a level. */
const ALL_CAPABILITIES: HostCapabilities = {
  reading: true,
  mergedAreas: true,
  notes: true,
  sharedRuntime: true,
  printLayout: true,
};

/** The running host's capabilities; outside Office (sandbox, tests) the simulated host has all. */
export function hostCapabilities(): HostCapabilities {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? capabilitiesOf(requirements) : ALL_CAPABILITIES;
}
