/**
 * Excel.RangeFormat and its cell protection: column widths and lock flags are modelled; row
 * heights, wrapping and alignment are accepted (queued and counted) but not drawn.
 */
import type { ExcelApi } from '../../addin';
import { columnLetters } from '../../engine';
import { forEachCell, type Cells } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { FakeRangeBorderCollection } from './rangeBorders';
import { FakeRangeFill } from './rangeFill';
import { FakeRangeFont } from './rangeFont';

const DEFAULT_COLUMN_WIDTH = 48;

export class FakeRangeFormat extends FakeClientObject<Cells> implements ExcelApi.RangeFormat {
  protected readonly scalarNames = [
    'columnWidth',
    'rowHeight',
    'wrapText',
    'horizontalAlignment',
    'verticalAlignment',
  ] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.context, () => this.bound());
  }

  get protection(): FakeFormatProtection {
    this.context.requireApi('RangeFormat.protection');
    return new FakeFormatProtection(this.context, () => this.bound());
  }

  get font(): FakeRangeFont {
    return new FakeRangeFont(this.context, () => this.bound());
  }

  get borders(): FakeRangeBorderCollection {
    return new FakeRangeBorderCollection(this.context, () => this.bound());
  }

  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(width: number) {
    this.later(({ sheet, areas }) => {
      for (const area of areas)
        for (let col = area.left; col <= area.right; col++)
          sheet.columnWidths[columnLetters(col)] = width;
    });
  }

  // Layout the simulated sheet does not draw: writes are queued and counted like Excel's, reads give null.
  get rowHeight(): number {
    return this.loadedValue('rowHeight');
  }
  set rowHeight(height: number) {
    this.later(() => void height);
  }
  get wrapText(): boolean {
    return this.loadedValue('wrapText');
  }
  set wrapText(wrap: boolean) {
    this.later(() => void wrap);
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.loadedValue('horizontalAlignment');
  }
  set horizontalAlignment(alignment: Excel.RangeFormat['horizontalAlignment']) {
    this.later(() => void alignment);
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.loadedValue('verticalAlignment');
  }
  set verticalAlignment(alignment: Excel.RangeFormat['verticalAlignment']) {
    this.later(() => void alignment);
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    if (name === 'columnWidth')
      return sheet.columnWidths[columnLetters(areas[0].left)] ?? DEFAULT_COLUMN_WIDTH;
    if (this.scalarNames.some((known) => known === name)) return null;
    throw new FakeOfficeError('InvalidArgument', `格式没有属性“${name}”。`);
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'protection') return this.protection;
    if (name === 'font') return this.font;
    return undefined;
  }
}

/** Excel.FormatProtection: a cell's lock flag (locked unless said otherwise, as in Excel). */
export class FakeFormatProtection
  extends FakeClientObject<Cells>
  implements ExcelApi.FormatProtection
{
  protected readonly scalarNames = ['locked'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get locked(): boolean {
    return this.loadedValue('locked');
  }
  set locked(locked: boolean) {
    this.later(({ sheet, areas }) => {
      for (const area of areas)
        forEachCell(area, (row, col) => {
          const cell = sheet.editCell(row, col);
          if (locked) delete cell.locked;
          else cell.locked = false;
          sheet.prune(row, col);
        });
    });
  }

  /** Like Excel: one value when every cell agrees, else null. */
  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    if (name !== 'locked')
      throw new FakeOfficeError('InvalidArgument', `单元格保护没有属性“${name}”。`);
    const states = new Set<boolean>();
    for (const area of areas)
      forEachCell(area, (row, col) => void states.add(sheet.cell(row, col)?.locked !== false));
    return states.size === 1 ? [...states][0] : null;
  }
}
