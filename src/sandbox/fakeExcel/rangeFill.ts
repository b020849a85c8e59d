/** Excel.RangeFill: a solid colour per cell, or none. */
import type { ExcelApi } from '../../addin';
import { forEachCell, NO_FILL_COLOR, type Cells } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';

export class FakeRangeFill extends FakeClientObject<Cells> implements ExcelApi.RangeFill {
  protected readonly scalarNames = ['color', 'pattern'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(color: string) {
    this.later((cells) => paint(cells, normalizeColor(color)));
  }
  get pattern(): Excel.RangeFill['pattern'] {
    return this.loadedValue('pattern');
  }

  clear(): void {
    this.later((cells) => paint(cells, undefined));
  }

  /** Excel's set(): here the fill's colour and pattern ("None" clears it). */
  set(properties: Excel.Interfaces.RangeFillUpdateData): void {
    this.later((cells) => {
      if (properties.pattern === 'None') paint(cells, undefined);
      else if (properties.color) paint(cells, normalizeColor(properties.color));
    });
  }

  /** Like Excel: one value when every cell agrees, else null. */
  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    const fills = new Set<string | undefined>();
    for (const area of areas)
      forEachCell(area, (row, col) => void fills.add(sheet.cell(row, col)?.fill));
    const [only] = fills.size === 1 ? [...fills] : [null];
    if (name === 'color') return only === null ? null : (only ?? NO_FILL_COLOR);
    if (name === 'pattern') return only === null ? null : only ? 'Solid' : 'None';
    throw new FakeOfficeError('InvalidArgument', `填充没有属性“${name}”。`);
  }
}

function paint({ sheet, areas }: Cells, fill: string | undefined): void {
  sheet.checkEditable('allowFormatCells');
  for (const area of areas)
    forEachCell(area, (row, col) => {
      const cell = sheet.editCell(row, col);
      if (fill) cell.fill = fill;
      else delete cell.fill;
      sheet.prune(row, col);
    });
}

function normalizeColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) throw new FakeOfficeError('InvalidArgument', `颜色“${color}”无效，应为 #RRGGBB。`);
  return `#${hex[1].toUpperCase()}`;
}
