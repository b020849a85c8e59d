/**
 * The engine's public face: read grids into forms, check them, get findings.
 * Pure TypeScript: every host (CLI via exceljs, the add-in via Office.js, the sandbox)
 * turns its workbook into grids and calls these.
 */
export * from './grid';
export * from './findings';
export * from './fixes';
export * from './model';
export * from './profiles/types';
export { BUILTIN_PROFILES, builtinProfile } from './profiles/builtins';
export { CANONICAL_OPERATORS } from './parse/operators';
export { catalogUnitList } from './parse/units';
export { displayWidth } from './text';
export { INDICATOR_COLUMN_LABELS, type IndicatorColumn } from './reader/labels';
export { parseProfileJson, validateProfile, profileToJson } from './profiles/profileJson';
export { loadProfileBytes } from './profiles/load';
export { PROFILE_ORIGIN_LABEL, type ProfileOrigin } from './profiles/provenance';
export {
  PROFILE_SHEET,
  readSheet,
  readWorkbook,
  readEmbeddedProfiles,
  type SheetReading,
  type BookReading,
} from './reader/workbook';
export { labelAliasesOf, type LabelAliases } from './reader/sheetView';
export {
  checkAcrossBooks,
  checkBookAlone,
  checkReadings,
  checkWorkbook,
  type BookAlone,
  type CheckOptions,
  type BookResult,
  type FormSummary,
} from './check';
export { RULES, ruleById } from './rules/registry';
export type { Rule, RuleMeta } from './rules/rule';
export {
  INDICATOR_LIBRARY,
  INDICATOR_SOURCES,
  LIBRARY_LEVEL2,
  type IndicatorSource,
  type LibraryEntry,
  type LibraryLevel2,
} from './indicators/library';
export {
  findLevel2,
  indicatorSuggestions,
  libraryLevel2Of,
  type IndicatorSuggestion,
} from './indicators/suggest';
export {
  indicatorRowAt,
  rowFill,
  type CellFill,
  type IndicatorRowPlace,
  type RowFill,
} from './indicators/fill';
export type { IndicatorEntry } from './profiles/indicators';
export { formProgress, type FormProgress, type RequiredCell } from './progress';
