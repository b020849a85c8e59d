import React, { useEffect, useMemo, useRef, useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetters, fromA1, parseRange, toA1, type CellValue } from '../../engine';
import type { CellSnapshot, SheetSnapshot } from '../fakeExcel';

/** Excel's default column width (8.43 characters) and its character-to-pixel conversion. */
const DEFAULT_COLUMN_CHARS = 8.43;
const PIXELS_PER_CHAR = 7;
const MIN_ROWS = 30;
const MIN_COLS = 10;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flex: 1, backgroundColor: '#fff' },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
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
    userSelect: 'none',
  },
  columnHeader: { top: 0, height: '20px' },
  rowHeader: { left: 0, width: '40px', minWidth: '40px' },
  corner: { top: 0, left: 0, zIndex: 2 },
  cell: {
    position: 'relative',
    borderRight: '1px solid #e1dfdd',
    borderBottom: '1px solid #e1dfdd',
    padding: '1px 3px',
    height: '20px',
    verticalAlign: 'middle',
    cursor: 'cell',
  },
  content: {
    maxHeight: '4.6em',
    overflow: 'hidden',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    lineHeight: '1.15',
  },
  number: { textAlign: 'right' },
  selected: {
    outline: `2px solid ${tokens.colorPaletteGreenBorderActive}`,
    outlineOffset: '-2px',
    zIndex: 0,
  },
  noted: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      borderTop: '6px solid #c00000',
      borderLeft: '6px solid transparent',
    },
  },
  editor: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    border: `2px solid ${tokens.colorPaletteGreenBorderActive}`,
    font: 'inherit',
    padding: '0 2px',
    outline: 'none',
    zIndex: 2,
  },
});

/** What a person types, as Excel stores it: numbers become numbers, an empty cell is null. */
export function parseTyped(text: string): CellValue {
  if (text.trim() === '') return null;
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : text;
}

function displayText(cell: CellSnapshot | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' && cell?.numberFormat && /0\.00/.test(cell.numberFormat))
    return value.toFixed(2);
  return String(value);
}

interface Layout {
  rows: number;
  cols: number;
  /** Top-left address of a merge → its spans. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** Addresses hidden under a merge. */
  covered: Set<string>;
}

function layoutOf(sheet: SheetSnapshot): Layout {
  let rows = MIN_ROWS;
  let cols = MIN_COLS;
  for (const address of Object.keys(sheet.cells)) {
    const position = fromA1(address);
    if (!position) continue;
    rows = Math.max(rows, position.row + 3);
    cols = Math.max(cols, position.col + 2);
  }
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const range = parseRange(merge);
    if (!range) continue;
    rows = Math.max(rows, range.bottom + 3);
    cols = Math.max(cols, range.right + 2);
    spans.set(toA1(range.top, range.left), {
      rowSpan: range.bottom - range.top + 1,
      colSpan: range.right - range.left + 1,
    });
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if (row !== range.top || col !== range.left) covered.add(toA1(row, col));
      }
    }
  }
  return { rows, cols, spans, covered };
}

interface Draft {
  address: string;
  text: string;
  /** Opened by a click: the old text is selected so typing replaces it. */
  selectAll: boolean;
}

export interface SheetGridProps {
  sheet: SheetSnapshot;
  /** The selected cell on this sheet, if the selection is here. */
  selected: string | null;
  onSelect: (address: string) => void;
  onCommit: (address: string, value: CellValue) => void;
}

/** One sheet of the simulated workbook: click a cell, type, Enter. */
export function SheetGrid({ sheet, selected, onSelect, onCommit }: SheetGridProps) {
  const styles = useStyles();
  const layout = useMemo(() => layoutOf(sheet), [sheet]);
  const [draft, setDraftState] = useState<Draft | null>(null);
  // The draft as of now, for handlers that may run after a re-render (blur after Enter).
  const draftRef = useRef<Draft | null>(null);
  const setDraft = (next: Draft | null) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const scroller = useRef<HTMLDivElement>(null);

  // The add-in may move the selection (a finding clicked in the pane): bring the cell into view.
  useEffect(() => {
    if (!selected) return;
    const cell = scroller.current?.querySelector(`[data-cell="${selected.split(':')[0]}"]`);
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected, sheet.name]);

  const move = (address: string, rows: number, cols: number) => {
    const position = fromA1(address);
    if (!position) return;
    const span = layout.spans.get(address);
    const row = Math.max(0, position.row + (rows > 0 ? (span?.rowSpan ?? 1) : rows));
    const col = Math.max(0, position.col + (cols > 0 ? (span?.colSpan ?? 1) : cols));
    onSelect(toA1(row, col));
  };

  const commit = (moveDown: boolean) => {
    const current = draftRef.current;
    if (!current) return;
    setDraft(null);
    if (current.text !== displayText(sheet.cells[current.address]))
      onCommit(current.address, parseTyped(current.text));
    if (moveDown) move(current.address, 1, 0);
    scroller.current?.focus({ preventScroll: true });
  };

  const startEditing = (address: string) => {
    if (draftRef.current?.address === address) return; // a click inside the open editor
    onSelect(address);
    setDraft({ address, text: displayText(sheet.cells[address]), selectAll: true });
  };

  /** Typing on a selected cell starts editing it, as in Excel; Enter and arrows move. */
  const onGridKey = (event: React.KeyboardEvent) => {
    if (draftRef.current || !selected || event.target !== scroller.current) return;
    const address = selected.split(':')[0];
    const arrows: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      Enter: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    if (arrows[event.key]) {
      event.preventDefault();
      move(address, ...arrows[event.key]);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setDraft({ address, text: event.key, selectAll: false });
    }
  };

  const columns = Array.from({ length: layout.cols }, (_, col) => columnLetters(col));
  const selectedTopLeft = selected?.split(':')[0] ?? null;

  return (
    <div className={styles.scroller} ref={scroller} tabIndex={0} onKeyDown={onGridKey}>
      <table className={styles.table} aria-label={`工作表 ${sheet.name}`}>
        <colgroup>
          <col style={{ width: 40 }} />
          {columns.map((letters) => (
            <col
              key={letters}
              style={{
                width: Math.round(
                  (sheet.columnWidths?.[letters] ?? DEFAULT_COLUMN_CHARS) * PIXELS_PER_CHAR + 5,
                ),
              }}
            />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th
              className={mergeClasses(
                styles.header,
                styles.columnHeader,
                styles.rowHeader,
                styles.corner,
              )}
            />
            {columns.map((letters) => (
              <th key={letters} className={mergeClasses(styles.header, styles.columnHeader)}>
                {letters}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: layout.rows }, (_, row) => (
            <tr key={row}>
              <th className={mergeClasses(styles.header, styles.rowHeader)}>{row + 1}</th>
              {columns.map((_, col) => {
                const address = toA1(row, col);
                if (layout.covered.has(address)) return null;
                const cell = sheet.cells[address];
                const span = layout.spans.get(address);
                const editing = draft?.address === address;
                return (
                  <td
                    key={address}
                    data-cell={address}
                    rowSpan={span?.rowSpan}
                    colSpan={span?.colSpan}
                    title={cell?.note}
                    style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                    className={mergeClasses(
                      styles.cell,
                      typeof cell?.value === 'number' && styles.number,
                      cell?.note && styles.noted,
                      selectedTopLeft === address && styles.selected,
                    )}
                    onClick={() => startEditing(address)}
                  >
                    <div className={styles.content}>{displayText(cell)}</div>
                    {editing && (
                      <input
                        className={styles.editor}
                        aria-label={`编辑 ${sheet.name}!${address}`}
                        value={draft.text}
                        autoFocus
                        onFocus={(event) => draft.selectAll && event.target.select()}
                        onChange={(event) =>
                          setDraft({ address, text: event.target.value, selectAll: false })
                        }
                        onBlur={() => commit(false)}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter') {
                            event.preventDefault();
                            commit(true);
                          } else if (event.key === 'Escape') {
                            setDraft(null);
                            scroller.current?.focus({ preventScroll: true });
                          }
                        }}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
