/** Sheet names as Excel takes them: at most 31 characters, unique regardless of case. */
export const SHEET_NAME_LIMIT = 31;

/**
 * `wanted`, else `wanted` with the first copy suffix (2, 3…) that `isTaken` does not refuse,
 * cut so that the name stays within Excel's limit. Each caller keeps its own suffix: the CLI's
 * templates "（2）", the add-in's " (2)" (Excel's own), annotate's results sheet "(2)".
 */
export function freeSheetName(
  wanted: string,
  isTaken: (name: string) => boolean,
  copySuffix: (copy: number) => string,
): string {
  let name = wanted;
  for (let copy = 2; isTaken(name); copy++) {
    const suffix = copySuffix(copy);
    name = wanted.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
  }
  return name;
}
