/**
 * Which Excel the simulation plays: its ExcelApi level and whether it has a shared runtime.
 * Members above the level throw ApiNotFound, as Office does, and isSetSupported answers by the
 * level, so the add-in can be run as it runs on Excel 2021 (1.14) or an older Microsoft 365.
 */
import { FakeOfficeError } from './errors';

export interface SimulatedHost {
  /** "1.13": the highest ExcelApi requirement set supported. */
  excelApi: string;
  /** SharedRuntime 1.1: ribbon functions and task pane share one runtime. */
  sharedRuntime: boolean;
}

/** The newest ExcelApi Microsoft lists (Excel on the web, current Microsoft 365). */
const LATEST_EXCEL_API = '1.20';

export const FULL_HOST: SimulatedHost = { excelApi: LATEST_EXCEL_API, sharedRuntime: true };

/**
 * The ExcelApi set of each member the simulation implements above 1.1, from Microsoft's
 * Excel JavaScript API reference. Members not listed are in ExcelApi 1.1.
 */
const MEMBER_API = {
  'Worksheet.protection': '1.2',
  'Range.merge': '1.2',
  'RangeFormat.protection': '1.2',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'Range.dataValidation': '1.8',
  'Worksheet.showGridlines': '1.8',
  'WorksheetCollection.onChanged': '1.9',
  'WorksheetCollection.onSelectionChanged': '1.9',
  'Worksheet.getRanges': '1.9',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.horizontalPageBreaks': '1.9',
  'Range.getCellProperties': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  /** WorksheetChangedEventArgs.triggerSource: older hosts send change events without it. */
  'WorksheetChangedEventArgs.triggerSource': '1.14',
  'Worksheet.notes': '1.18',
} as const;

export type ApiMember = keyof typeof MEMBER_API;

/** "1.13" → 13; null for anything that is not a 1.x version. */
export function apiMinor(version: string): number | null {
  const match = /^1\.(\d{1,2})$/.exec(version.trim());
  return match ? Number(match[1]) : null;
}

export function supportsSet(host: SimulatedHost, name: string, minVersion = '1.1'): boolean {
  const wanted = apiMinor(minVersion);
  if (wanted === null) return false;
  if (name === 'ExcelApi') return wanted <= (apiMinor(host.excelApi) ?? 0);
  if (name === 'SharedRuntime') return host.sharedRuntime && wanted <= 1;
  return false;
}

export function hasMember(host: SimulatedHost, member: ApiMember): boolean {
  return supportsSet(host, 'ExcelApi', MEMBER_API[member]);
}

/** Throws as Office does when an add-in calls a member its host lacks. */
export function requireMember(host: SimulatedHost, member: ApiMember): void {
  if (hasMember(host, member)) return;
  throw new FakeOfficeError(
    'ApiNotFound',
    `此版本的 Excel（ExcelApi ${host.excelApi}）不支持 ${member}，需要 ExcelApi ${MEMBER_API[member]}。`,
  );
}
