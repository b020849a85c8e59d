/** Rules that judge each indicator table on its own (002 prints a long-term and an annual one). */
import type { IndicatorTable } from '../model';

/** "“年度绩效目标表”中" for a message, where the table has a caption. */
export function tableName(table: IndicatorTable): string {
  return table.caption ? `“${table.caption}”中` : '';
}
