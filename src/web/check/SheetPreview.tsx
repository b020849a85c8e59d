import React, { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  cellAt,
  colCount,
  columnLetters,
  rowCount,
  SEVERITY_FILL,
  toA1,
  type FindingPlace,
  type Grid,
  type Severity,
} from '../../engine';

/** Enough for any real form; a sheet beyond it is cut, said under the table. */
const MAX_ROWS = 500;
const MAX_COLS = 40;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flex: 1, backgroundColor: '#fff', minHeight: 0 },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: '12px',
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
  },
  header: {
    position: 'sticky',
    backgroundColor: '#f3f2f1',
    color: '#605e5c',
    fontWeight: 'normal',
    textAlign: 'center',
    borderRight: '1px solid #d2d0ce',
    borderBottom: '1px solid #d2d0ce',
    zIndex: 1,
  },
  columnHeader: { top: 0 },
  rowHeader: { left: 0, minWidth: '32px' },
  cell: {
    borderRight: '1px solid #e1dfdd',
    borderBottom: '1px solid #e1dfdd',
    padding: '1px 4px',
    maxWidth: '240px',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    verticalAlign: 'middle',
  },
  number: { textAlign: 'right' },
  target: {
    outline: `3px solid ${tokens.colorPaletteRedBorderActive}`,
    outlineOffset: '-3px',
  },
  cut: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalS },
});

/** The covered cells of each merged area (skipped), and the spans of its top-left cell. */
function mergeLayout(grid: Grid): { covered: Set<string>; spans: Map<string, [number, number]> } {
  const covered = new Set<string>();
  const spans = new Map<string, [number, number]>();
  for (const { top, left, bottom, right } of grid.merges) {
    spans.set(toA1(top, left), [bottom - top + 1, right - left + 1]);
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++)
        if (row !== top || col !== left) covered.add(toA1(row, col));
  }
  return { covered, spans };
}

/**
 * A sheet read-only, as the engine read it: `target` is outlined and scrolled into view, and
 * `fills` colour cells by their worst finding (the pane's 高亮错误, shown here instead of Excel).
 */
export function SheetPreview({
  grid,
  target,
  fills,
}: {
  grid: Grid;
  target: FindingPlace | null;
  fills: Map<string, Severity>;
}) {
  const styles = useStyles();
  const targetRef = useRef<HTMLTableCellElement>(null);
  const rows = Math.min(Math.max(rowCount(grid), (target?.row ?? 0) + 1), MAX_ROWS);
  const cols = Math.min(Math.max(colCount(grid), (target?.col ?? 0) + 1), MAX_COLS);
  const { covered, spans } = mergeLayout(grid);

  useEffect(() => {
    targetRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [grid, target]);

  return (
    // Focusable, so that a keyboard alone can scroll a sheet wider or longer than the page.
    <div
      className={styles.scroller}
      tabIndex={0}
      role="region"
      aria-label={`工作表 ${grid.name}（可用方向键滚动）`}
    >
      <table className={styles.table} aria-label={`工作表 ${grid.name} 预览`}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.header, styles.columnHeader, styles.rowHeader)} />
            {Array.from({ length: cols }, (_, col) => (
              <th key={col} className={mergeClasses(styles.header, styles.columnHeader)}>
                {columnLetters(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              <th className={mergeClasses(styles.header, styles.rowHeader)}>{row + 1}</th>
              {Array.from({ length: cols }, (_, col) => {
                const address = toA1(row, col);
                if (covered.has(address)) return null;
                const value = cellAt(grid, row, col);
                const [rowSpan, colSpan] = spans.get(address) ?? [1, 1];
                const severity = fills.get(address);
                const isTarget = target?.row === row && target.col === col;
                return (
                  <td
                    key={col}
                    ref={isTarget ? targetRef : undefined}
                    rowSpan={rowSpan}
                    colSpan={colSpan}
                    data-cell={address}
                    data-target={isTarget || undefined}
                    className={mergeClasses(
                      styles.cell,
                      typeof value === 'number' && styles.number,
                      isTarget && styles.target,
                    )}
                    style={severity ? { backgroundColor: SEVERITY_FILL[severity] } : undefined}
                  >
                    {value === null ? '' : String(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {(rowCount(grid) > rows || colCount(grid) > cols) && (
        <div className={styles.cut}>
          预览只显示前 {rows} 行、{cols} 列；完整内容请在 Excel 或 WPS 中查看。
        </div>
      )}
    </div>
  );
}
