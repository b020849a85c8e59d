/**
 * The workbook as last read through Office.js: every sheet's grid and reading, cached by sheet
 * id. A full read costs 2 syncs; after an edit only the sheets named by events (and the sheets
 * whose formulas read them) are read again, in 1 sync. Sheets this runtime writes itself (the
 * marks and profile sheets) are put into the cache as written, never read back.
 */
import {
  labelAliasesOf,
  PROFILE_SHEET,
  readEmbeddedProfiles,
  readSheet,
  type Grid,
  type LabelAliases,
  type SheetReading,
} from '../engine';
import { readAllGrids, queueGridRead, queueSheetList, type SheetInfo } from './host/grids';
import type { HostCapabilities } from './host/capabilities';
import { sameGrid } from './host/sameGrid';
import type { ExcelRun } from './host/excelApi';

export type { ExcelRun } from './host/excelApi';

/** A sheet as last read: its grid, what the engine made of it, the sheets its formulas read. */
export interface CachedSheet {
  info: SheetInfo;
  grid: Grid;
  reading: SheetReading;
  references: string[];
}

/** What a partial re-read found. */
export interface Reread {
  /** Some sheet's content, name or presence changed. */
  changed: boolean;
  /** Sheets that appeared without an event (a copied sheet): to read at the next round. */
  unseen: string[];
}

export class WorkbookSession {
  /** Every sheet in tab order, as last read; null until the first full read or after a failure. */
  private sheets: CachedSheet[] | null = null;
  /** The label aliases of the profiles the workbook carries: the reader takes them for labels. */
  private aliases: LabelAliases = new Map();
  /** The profile sheet's grid the aliases came from. */
  private aliasesGrid: Grid | null = null;

  constructor(
    readonly run: ExcelRun,
    private readonly capabilities: HostCapabilities,
  ) {}

  get isRead(): boolean {
    return this.sheets !== null;
  }

  all(): CachedSheet[] {
    return this.sheets ?? [];
  }

  infos(): SheetInfo[] {
    return this.all().map((sheet) => sheet.info);
  }

  byName(name: string): CachedSheet | undefined {
    return this.sheets?.find((sheet) => sheet.info.name === name);
  }

  /** Forgets everything: the next action reads the workbook again. */
  invalidate(): void {
    this.sheets = null;
  }

  /** Reads every sheet (2 syncs). */
  async readAll(): Promise<void> {
    const { sheets, reads } = await this.run((context) => readAllGrids(context, this.capabilities));
    this.sheets = this.withProfileAliases(
      sheets.map((info, index) => ({
        info,
        ...reads[index],
        reading: readSheet(reads[index].grid, this.aliases),
      })),
    );
  }

  /**
   * The sheets read with the aliases of the profile sheet among them: read again when that
   * sheet changed, since an alias may turn a header into a table's.
   */
  private withProfileAliases(sheets: CachedSheet[]): CachedSheet[] {
    const grid = sheets.find((sheet) => sheet.info.name === PROFILE_SHEET)?.grid ?? null;
    if (grid === this.aliasesGrid) return sheets;
    this.aliasesGrid = grid;
    const aliases = labelAliasesOf(grid ? readEmbeddedProfiles({ sheets: [grid] }).profiles : []);
    const same =
      aliases.size === this.aliases.size &&
      [...aliases].every(([word, label]) => this.aliases.get(word) === label);
    if (same) return sheets;
    this.aliases = aliases;
    return sheets.map((sheet) => ({ ...sheet, reading: readSheet(sheet.grid, aliases) }));
  }

  /**
   * Re-reads the sheets `ids` and those whose formulas read them (Excel recalculates those
   * without telling), in one sync; `skip` names sheets never worth reading (the marks sheet).
   * Renamed, added and removed sheets are taken into the cache here.
   */
  async reread(ids: Set<string>, skip: (sheet: CachedSheet) => boolean): Promise<Reread> {
    const cachedSheets = this.sheets;
    if (!cachedSheets) return { changed: false, unseen: [] };
    const known = new Map(cachedSheets.map((sheet) => [sheet.info.id, sheet]));
    const toRead = new Set([...ids].filter((id) => !isSkipped(known.get(id), skip)));
    if (toRead.size === 0) return { changed: false, unseen: [] };
    const editedNames = new Set([...toRead].map((id) => known.get(id)?.info.name.toLowerCase()));
    for (const sheet of cachedSheets) {
      if (sheet.references.some((name) => editedNames.has(name.toLowerCase())))
        toRead.add(sheet.info.id);
    }

    return this.run(async (context) => {
      const listSheets = queueSheetList(context);
      const builders = new Map(
        [...toRead].map((id) => [id, queueGridRead(context, id, this.capabilities)]),
      );
      await context.sync();

      let changed = false;
      const unseen: string[] = [];
      const sheets: CachedSheet[] = [];
      for (const info of listSheets()) {
        const cached = known.get(info.id);
        const build = builders.get(info.id);
        if (build) {
          const { grid, references } = build(info);
          // A selection move on an unchanged sheet costs this one read, nothing more.
          if (cached && sameGrid(grid, cached.grid)) {
            sheets.push(cached);
            continue;
          }
          changed = true;
          sheets.push({ info, grid, references, reading: readSheet(grid, this.aliases) });
        } else if (cached && cached.info.name === info.name) {
          sheets.push(cached);
        } else if (cached) {
          const grid = { ...cached.grid, name: info.name };
          sheets.push({ ...cached, info, grid, reading: readSheet(grid, this.aliases) });
          changed = true;
        } else {
          unseen.push(info.id);
        }
      }
      changed ||= sheets.length !== cachedSheets.length;
      if (changed) this.sheets = this.withProfileAliases(sheets);
      return { changed, unseen };
    });
  }

  /**
   * Puts a sheet this runtime wrote into the cache as written: `rows` of column A, in place of
   * the sheet of that name, else last. `rows` empty: the sheet was deleted.
   */
  putWritten(info: SheetInfo, rows: (string | null)[]): void {
    const others = this.all().filter((sheet) => sheet.info.name !== info.name);
    const existing = this.byName(info.name);
    if (rows.length === 0) {
      this.sheets = this.withProfileAliases(others);
      return;
    }
    const grid: Grid = {
      name: info.name,
      hidden: info.hidden,
      rows: rows.map((value) => [value]),
      merges: [],
    };
    const written: CachedSheet = { info, grid, references: [], reading: readSheet(grid) };
    this.sheets = this.withProfileAliases(
      existing
        ? this.all().map((sheet) => (sheet === existing ? written : sheet))
        : [...others, written],
    );
  }
}

function isSkipped(sheet: CachedSheet | undefined, skip: (sheet: CachedSheet) => boolean) {
  return sheet !== undefined && skip(sheet);
}
