/** The indicator hierarchy: 一级 → 二级 of the profile, 三级 names present, unique and short. */
import { MAX_LEVEL3_LENGTH } from '../hierarchy';
import type { CellPos, CellText } from '../model';
import { byTable, tableName } from './tables';
import { cellOf, defineRules, type AnalyzedForm, type AnalyzedRow } from './types';

/**
 * Each distinct written 一级/二级 cell once. The rows of one cell are consecutive (a merge, or
 * blank cells inheriting from the filled one above): a cell is new where it differs from the
 * previous row's.
 */
function distinctCells(rows: AnalyzedRow[], pick: (row: AnalyzedRow) => CellText) {
  const distinct: AnalyzedRow[] = [];
  let previous: CellText | null = null;
  for (const row of rows) {
    const cell = pick(row);
    if (cell.text !== '' && !(previous && sameCell(previous, cell))) distinct.push(row);
    previous = cell;
  }
  return distinct;
}

function sameCell(a: CellPos, b: CellPos): boolean {
  return a.row === b.row && a.col === b.col;
}

const level1Names = (form: AnalyzedForm) =>
  form.profile.hierarchy.map((node) => node.name).join('、');

export const hierarchyRules = defineRules([
  {
    id: 'hierarchy.unknown-level1',
    severity: 'error',
    description: '一级指标不在配置的指标体系中',
    checkForm(form, report) {
      for (const row of distinctCells(form.rows, (r) => r.source.level1)) {
        if (row.levels.level1) continue;
        report(
          row.source.level1,
          `一级指标“${row.source.level1.text}”不在指标体系（${form.profile.id}）中，应为 ${level1Names(form)} 之一`,
        );
      }
    },
  },
  {
    id: 'hierarchy.unknown-level2',
    severity: 'error',
    description: '二级指标不属于配置中的任何一级指标',
    checkForm(form, report) {
      for (const row of distinctCells(form.rows, (r) => r.source.level2)) {
        if (row.levels.level2Places.length > 0) continue;
        const options = row.levels.level1
          ? `，“${row.levels.level1.name}”下可选：${row.levels.level1.level2.join('、')}`
          : '';
        report(
          row.source.level2,
          `二级指标“${row.source.level2.text}”不在指标体系（${form.profile.id}）中${options}`,
        );
      }
    },
  },
  {
    id: 'hierarchy.level2-parent',
    severity: 'error',
    description: '二级指标属于另一个一级指标',
    checkForm(form, report) {
      let previous: AnalyzedRow | null = null;
      for (const row of form.rows) {
        const level2 = row.source.level2;
        // Rows of one 二级 cell under one 一级 are consecutive: the first of them settles the rest.
        const same =
          previous !== null &&
          sameCell(previous.source.level2, level2) &&
          previous.source.level1.row === row.source.level1.row;
        previous = row;
        if (same || !row.levels.misplaced) continue;
        const right = row.levels.level2Places[0].parent.name;
        report(
          level2,
          `二级指标“${level2.text}”应属于一级指标“${right}”，表中放在了“${row.source.level1.text}”下`,
          right,
        );
      }
    },
  },
  {
    id: 'hierarchy.level3-missing',
    severity: 'error',
    description: '有指标值、计算符号或计量单位，却没有三级指标名称',
    checkForm(form, report) {
      for (const row of form.rows) {
        const { level3, value, operator, unit } = row.source;
        if (level3 !== '') continue;
        const written = [operator, value, unit].filter((text) => text).join(' ');
        const at = cellOf(row, 'level3');
        // A blank cell merged down from above is that cell's, not this row's.
        if (written === '' || at.row !== row.source.row) continue;
        report(at, `第 ${row.source.row + 1} 行填了“${written}”，但没有三级指标名称`);
      }
    },
  },
  {
    id: 'hierarchy.required-level1',
    severity: 'error',
    description: '配置要求的一级指标下没有填写三级指标（标“不适用”的行不算）',
    checkForm(form, report) {
      const tables = byTable(form);
      for (const table of form.form.tables) {
        const rows = tables.get(table) ?? [];
        // A 长期 table left blank is one the project does not need (an annual project's).
        if (!table.levels || (table.longTerm && !rows.some((row) => row.filled))) continue;
        for (const required of form.profile.requiredLevel1) {
          let first: AnalyzedRow | undefined;
          let filled = false;
          for (const row of rows) {
            if (row.levels.level1?.name !== required) continue;
            first ??= row;
            if (row.filled) {
              filled = true;
              break;
            }
          }
          if (filled) continue;
          // With no row of its own, the finding goes to the table's first written 一级 cell.
          const at = first
            ? cellOf(first, 'level3')
            : ((rows.find((row) => row.source.level1.text !== '') ?? rows[0])?.source.level1 ?? {
                row: table.headerRow,
                col: form.form.title.col,
              });
          report(at, `${tableName(table)}一级指标“${required}”下没有填写三级指标`);
        }
      }
    },
  },
  {
    id: 'hierarchy.min-level3',
    severity: 'warning',
    description: '一级指标下填写的三级指标少于配置要求的数量',
    checkForm(form, report) {
      const minimum = form.profile.minLevel3PerLevel1;
      for (const [table, rows] of byTable(form)) {
        for (const node of form.profile.hierarchy) {
          let first: AnalyzedRow | undefined;
          let filled = 0;
          for (const row of rows) {
            if (row.levels.level1 !== node) continue;
            first ??= row;
            if (row.filled) filled++;
          }
          if (!first) continue;
          // An empty required 一级 is hierarchy.required-level1's finding, not this one's.
          if (
            filled >= minimum ||
            (filled === 0 && form.profile.requiredLevel1.includes(node.name))
          )
            continue;
          report(
            first.source.level1,
            `${tableName(table)}一级指标“${node.name}”下只填写了 ${filled} 个三级指标，至少需要 ${minimum} 个`,
          );
        }
      }
    },
  },
  {
    id: 'hierarchy.duplicate-level3',
    severity: 'warning',
    description: '同一二级指标下三级指标名称重复',
    checkBook(book, report) {
      // Each 三级 name's first row under the 二级 cell it was last seen under: one map for the
      // workbook (its forms repeat the same names), not one per form. The rows of one 二级 cell
      // are consecutive, so a name last seen under another cell starts afresh.
      const firstRows = new Map<string, AnalyzedRow>();
      for (const form of book.forms) {
        for (const row of form.rows) {
          if (!row.filled) continue;
          const name = row.source.level3;
          const first = firstRows.get(name);
          if (
            !first ||
            first.table !== row.table ||
            !sameCell(first.source.level2, row.source.level2)
          ) {
            firstRows.set(name, row);
            continue;
          }
          report(
            form,
            cellOf(row, 'level3'),
            `三级指标“${name}”在二级指标“${row.source.level2.text}”下重复（第 ${first.source.row + 1} 行已有）`,
          );
        }
      }
    },
  },
  {
    id: 'hierarchy.name-too-long',
    severity: 'error',
    description: `三级指标名称超过 ${MAX_LEVEL3_LENGTH} 个字`,
    checkForm(form, report) {
      for (const row of form.rows) {
        const name = row.source.level3;
        // No more characters than UTF-16 units: only a long text needs counting.
        const length = name.length > MAX_LEVEL3_LENGTH ? [...name].length : name.length;
        if (length > MAX_LEVEL3_LENGTH) {
          report(
            cellOf(row, 'level3'),
            `三级指标名称有 ${length} 个字，超过预算系统限制的 ${MAX_LEVEL3_LENGTH} 个字`,
          );
        }
      }
    },
  },
]);
