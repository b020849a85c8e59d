/** Excel.NoteCollection and Excel.Note (ExcelApi 1.18): one plain-text note per cell. */
import type { ExcelApi } from '../../addin';
import { fromA1 } from '../../engine';
import type { SheetModel } from './book';
import { stripSheet } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { FakeRange } from './range';

interface NoteTarget {
  sheet: SheetModel;
  row: number;
  col: number;
}

export class FakeNoteCollection
  extends FakeClientObject<SheetModel>
  implements ExcelApi.NoteCollection
{
  protected readonly scalarNames = ['items'] as const;
  private loadedItems: FakeNote[] | undefined;

  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    super(context, resolve, { queued: false });
  }

  get items(): FakeNote[] {
    if (!this.loadedItems) return this.loadedValue('items');
    return this.loadedItems;
  }

  add(cellAddress: ExcelApi.Range | string, content: string): FakeNote {
    return new FakeNote(this.context, () => {
      const target = this.noteTarget(cellAddress);
      target.sheet.checkEditable('allowEditObjects');
      const cell = target.sheet.editCell(target.row, target.col);
      if (cell.note !== undefined)
        throw new FakeOfficeError('InvalidOperation', '该单元格已有批注（备注）。');
      cell.note = String(content);
      return target;
    });
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, () => this.existing(key, true));
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, () => this.existing(key, false));
  }

  override loadNow(paths: string[]): void {
    const sheet = this.bound();
    if (!sheet) return;
    const wanted = paths.map((path) => path.replace(/^items\/?/, '')).filter(Boolean);
    this.loadedItems = [];
    for (const [address, cell] of sheet.cells) {
      if (cell.note === undefined) continue;
      const pos = fromA1(address);
      if (!pos) continue;
      const note = new FakeNote(this.context, () => ({ sheet, row: pos.row, col: pos.col }), false);
      note.loadNow(wanted.length ? wanted : ['content']);
      this.loadedItems.push(note);
    }
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `批注集合没有属性“${name}”。`);
  }

  private noteTarget(cellAddress: ExcelApi.Range | string): NoteTarget {
    const sheet = this.target();
    if (typeof cellAddress === 'string') {
      const pos = fromA1(stripSheet(cellAddress));
      if (!pos) throw new FakeOfficeError('InvalidArgument', `单元格地址“${cellAddress}”无效。`);
      return { sheet, ...pos };
    }
    const range = cellAddress instanceof FakeRange ? cellAddress.bound() : null;
    if (!range || range.area.top !== range.area.bottom || range.area.left !== range.area.right) {
      throw new FakeOfficeError('InvalidArgument', '批注只能添加到单个单元格。');
    }
    return { sheet: range.sheet, row: range.area.top, col: range.area.left };
  }

  private existing(key: string, required: boolean): NoteTarget | null {
    const sheet = this.target();
    const pos = fromA1(stripSheet(key));
    if (!pos) throw new FakeOfficeError('InvalidArgument', `单元格地址“${key}”无效。`);
    if (sheet.cell(pos.row, pos.col)?.note !== undefined) return { sheet, ...pos };
    if (required) throw new FakeOfficeError('ItemNotFound', `单元格 ${key} 没有批注（备注）。`);
    return null;
  }
}

export class FakeNote extends FakeClientObject<NoteTarget> implements ExcelApi.Note {
  protected readonly scalarNames = ['content'] as const;

  constructor(context: FakeContext, resolve: () => NoteTarget | null, queued = true) {
    super(context, resolve, { queued });
  }

  get content(): string {
    return this.loadedValue('content');
  }
  set content(content: string) {
    this.later(({ sheet, row, col }) => {
      sheet.checkEditable('allowEditObjects');
      sheet.editCell(row, col).note = String(content);
    });
  }

  delete(): void {
    this.later(({ sheet, row, col }) => {
      sheet.checkEditable('allowEditObjects');
      const cell = sheet.cell(row, col);
      if (cell) delete cell.note;
      sheet.prune(row, col);
    });
  }

  protected readScalar(name: string, { sheet, row, col }: NoteTarget): unknown {
    if (name === 'content') return sheet.cell(row, col)?.note ?? '';
    throw new FakeOfficeError('InvalidArgument', `批注没有属性“${name}”。`);
  }
}
