/** Excel.Range: one rectangle's values, formulas, formats, merges, validation and cell properties. */
import type { ExcelApi } from '../../addin';
import { rangesOverlap, rangeToA1 } from '../../engine';
import { qualifiedAddress, type SheetModel } from './book';
import {
  cellsOf,
  displayValue,
  eachCell,
  forEachCell,
  mapCells,
  NO_FILL_COLOR,
  toCellValue,
  type RangeTarget,
} from './cells';
import { FakeClientObject, FakeClientResult, type FakeContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { FakeOfficeError } from './errors';
import type { ObjectHost } from './objectHost';
import { FakeRangeAreas } from './rangeAreas';
import { FakeRangeFormat } from './rangeFormat';

export class FakeRange extends FakeClientObject<RangeTarget> implements ExcelApi.Range {
  protected readonly scalarNames = [
    'address',
    'values',
    'formulas',
    'numberFormat',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
  ] as const;

  constructor(
    context: FakeContext,
    private readonly host: ObjectHost,
    resolve: () => RangeTarget | null,
    queued: boolean,
  ) {
    super(context, resolve, { queued });
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }

  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(values: unknown) {
    this.later(({ sheet, area }) => {
      eachCell(area, values, (row, col, value) => {
        sheet.checkEditable(null, row, col);
        const cell = sheet.editCell(row, col);
        cell.value = toCellValue(value);
        delete cell.formula;
        sheet.prune(row, col);
      });
      this.context.recordValueEdit(sheet.id, area);
    });
  }

  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(formulas: unknown) {
    this.later(({ sheet, area }) => {
      eachCell(area, formulas, (row, col, formula) => {
        sheet.checkEditable(null, row, col);
        const cell = sheet.editCell(row, col);
        if (typeof formula === 'string' && formula.startsWith('=')) {
          // Calculated after the batch (formulas.ts); until then the cell shows no value.
          cell.formula = formula;
          cell.value = null;
        } else {
          cell.value = toCellValue(formula);
          delete cell.formula;
        }
        sheet.prune(row, col);
      });
      this.context.recordValueEdit(sheet.id, area);
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(formats: unknown) {
    this.later(({ sheet, area }) =>
      eachCell(area, formats, (row, col, format) => {
        const cell = sheet.editCell(row, col);
        if (typeof format === 'string' && format !== 'General') cell.numberFormat = format;
        else delete cell.numberFormat;
        sheet.prune(row, col);
      }),
    );
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => cellsOf(this.bound()));
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi('Range.dataValidation');
    return new FakeDataValidation(this.context, () => cellsOf(this.bound()));
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(
      this.context,
      this.host,
      () => {
        const { sheet, area } = this.target();
        const top = area.top + row;
        const left = area.left + col;
        return { sheet, area: { top, left, bottom: top, right: left } };
      },
      true,
    );
  }

  merge(across = false): void {
    this.context.requireApi('Range.merge');
    this.later(({ sheet, area }) => {
      const merged = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, index) => ({
            ...area,
            top: area.top + index,
            bottom: area.top + index,
          }))
        : [area];
      sheet.merges = sheet.merges.filter((existing) => !rangesOverlap(existing, area));
      for (const block of merged) {
        if (block.top === block.bottom && block.left === block.right) continue;
        // Excel keeps the top-left value of a merged area and drops the others.
        forEachCell(block, (row, col) => {
          if (row === block.top && col === block.left) return;
          const cell = sheet.cell(row, col);
          if (cell) {
            cell.value = null;
            delete cell.formula;
            sheet.prune(row, col);
          }
        });
        sheet.merges.push(block);
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => {
        const { sheet, area } = this.target();
        const areas = sheet.merges.filter((merge) => rangesOverlap(merge, area));
        return areas.length ? { sheet, areas } : null;
      },
      true,
    );
  }

  /** Excel's getCellProperties, for the properties simulated: address, fill, protection. */
  getCellProperties(
    options: Excel.CellPropertiesLoadOptions,
  ): FakeClientResult<Excel.CellProperties[][]> {
    this.context.requireApi('Range.getCellProperties');
    return new FakeClientResult(this.context, () => {
      const { sheet, area } = this.target();
      return mapCells(area, (row, col) => cellProperties(sheet, row, col, options));
    });
  }

  select(): void {
    this.later(({ sheet, area }) => {
      this.host.book.selection = { sheet: sheet.name, address: rangeToA1(area) };
      this.host.selectionChanged(sheet, area);
    });
  }

  protected readScalar(name: string, { sheet, area }: RangeTarget): unknown {
    switch (name) {
      case 'address':
        return qualifiedAddress(sheet.name, area);
      case 'values':
        return mapCells(area, (row, col) => displayValue(sheet.cell(row, col)));
      case 'formulas':
        return mapCells(area, (row, col) => {
          const cell = sheet.cell(row, col);
          return cell?.formula ?? displayValue(cell);
        });
      case 'numberFormat':
        return mapCells(area, (row, col) => sheet.cell(row, col)?.numberFormat ?? 'General');
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      default:
        throw new FakeOfficeError('InvalidArgument', `区域没有属性“${name}”。`);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }
}

function cellProperties(
  sheet: SheetModel,
  row: number,
  col: number,
  options: Excel.CellPropertiesLoadOptions,
): Excel.CellProperties {
  const cell = sheet.cell(row, col);
  const properties: Excel.CellProperties = {};
  if (options.address)
    properties.address = qualifiedAddress(sheet.name, {
      top: row,
      left: col,
      bottom: row,
      right: col,
    });
  const fillWanted = options.format?.fill;
  const protectionWanted = options.format?.protection;
  if (fillWanted || protectionWanted) properties.format = {};
  if (fillWanted && properties.format) {
    properties.format.fill = {};
    if (fillWanted.color) properties.format.fill.color = cell?.fill ?? NO_FILL_COLOR;
    if (fillWanted.pattern) properties.format.fill.pattern = cell?.fill ? 'Solid' : 'None';
  }
  if (protectionWanted && properties.format)
    properties.format.protection = { locked: cell?.locked !== false, formulaHidden: false };
  return properties;
}
