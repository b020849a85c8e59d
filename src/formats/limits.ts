/**
 * What one workbook may cost to read. Each limit is far above any real form (a bureau's
 * package of 1,200 project forms unpacks to about 20 MB and holds about 300,000 cells) and low
 * enough that a file past it is refused in seconds and within a few hundred MB.
 */
export const READ_LIMITS = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** All the parts read from the package, unpacked. */
  unpackedBytes: 256 * 1024 * 1024,
  /** Filled cells in the whole workbook. */
  cells: 2_000_000,
  /** Merged areas on one sheet. */
  mergesPerSheet: 50_000,
  /**
   * Per sheet, the cells from column A to each row's last filled cell, added up: the checker's
   * reader walks them all (a form spans a few thousand; stray text in the last column on every
   * row of a sheet spans a billion).
   */
  sheetSpan: 10_000_000,
  /** Excel's own grid: a cell outside it comes from no spreadsheet program. */
  rows: 1_048_576,
  columns: 16_384,
  /** Excel's own maximum text length of a cell. */
  cellText: 32_767,
};

/** A file past one of READ_LIMITS; the message names the limit, in Chinese. */
export class ReadLimitError extends Error {}

const MB = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

export function overUnpackedLimit(): ReadLimitError {
  return new ReadLimitError(
    `文件解压后超过 ${megabytes(READ_LIMITS.unpackedBytes)} 的读取上限（真实的申报表远小于此），未检查`,
  );
}

export function overFileLimit(bytes: number): ReadLimitError {
  return new ReadLimitError(
    `文件大小 ${megabytes(bytes)} 超过 ${megabytes(READ_LIMITS.fileBytes)} 的读取上限（真实的申报表远小于此），未检查`,
  );
}

export function overCellLimit(): ReadLimitError {
  return new ReadLimitError(
    `工作簿中有内容的单元格超过 ${READ_LIMITS.cells.toLocaleString('en-US')} 个的读取上限，未检查`,
  );
}
