/**
 * The benchmarks' project form: the Suizhou layout (000) with 20 indicator rows, as rows of
 * values ready for buildExampleWorkbook (the .xlsx bench) or the simulated Excel (live costs).
 */
import type { ExampleSheet } from '../scripts/build-examples';

const LEVEL2_ROWS: [string, string, string, string, string][] = [
  ['产出指标', '数量指标', '组织培训', '≥', '次'],
  ['产出指标', '数量指标', '服务窗口数量', '=', '个'],
  ['产出指标', '数量指标', '办件量', '≥', '件'],
  ['产出指标', '质量指标', '按时办结率', '=', '%'],
  ['产出指标', '质量指标', '差错率', '≤', '%'],
  ['产出指标', '质量指标', '系统稳定运行', '定性', ''],
  ['产出指标', '时效指标', '完成时限', '≤', '天'],
  ['产出指标', '时效指标', '响应时间', '≤', '小时'],
  ['产出指标', '成本指标', '项目总成本', '≤', '万元'],
  ['产出指标', '成本指标', '单次培训成本', '≤', '万元'],
  ['效益指标', '经济效益指标', '节约群众办事成本', '定性', ''],
  ['效益指标', '社会效益指标', '群众办事便利度', '定性', ''],
  ['效益指标', '社会效益指标', '政务服务覆盖率', '≥', '%'],
  ['效益指标', '社会效益指标', '投诉率下降', '≥', '%'],
  ['效益指标', '生态效益指标', '无纸化办理率', '≥', '%'],
  ['效益指标', '可持续影响指标', '长效机制建立', '定性', ''],
  ['效益指标', '可持续影响指标', '制度文件数', '≥', '项'],
  ['效益指标', '社会公众或服务对象满意度指标', '群众满意度', '≥', '%'],
  ['效益指标', '社会公众或服务对象满意度指标', '企业满意度', '≥', '%'],
  ['效益指标', '社会公众或服务对象满意度指标', '工作人员满意度', '≥', '%'],
];

/** Which indicator rows carry a mistake (an operator written ≧). */
export type Mistakes = 'oneInNine' | 'none' | 'every';

function isMistake(mistakes: Mistakes, position: number): boolean {
  return mistakes === 'every' || (mistakes === 'oneInNine' && position % 9 === 0);
}

/** A project form with 20 indicator rows; by default one row in nine carries a mistake. */
export function projectSheet(index: number, mistakes: Mistakes = 'oneInNine'): ExampleSheet {
  const name = `项目${String(index + 1).padStart(4, '0')}`;
  const rows: (string | number | null)[][] = [
    ['项目支出绩效目标申报表', ...Array(10).fill(null)],
    ['（2025 年度）', ...Array(10).fill(null)],
    ['年度资金总额（万元）', 5 + (index % 7), ...Array(9).fill(null)],
    [
      '项目名称',
      '中期绩效目标',
      '年度绩效目标',
      '一级指标',
      '二级指标',
      '三级指标',
      '计算符号',
      '指标值',
      '计量单位',
      '备注（选填）',
      '指标值说明（选填）',
    ],
  ];
  LEVEL2_ROWS.forEach(([level1, level2, level3, op, unit], row) => {
    const first = row === 0;
    const newLevel1 = first || LEVEL2_ROWS[row - 1][0] !== level1;
    const newLevel2 = first || LEVEL2_ROWS[row - 1][1] !== level2;
    const value = op === '定性' ? '达到预期' : unit === '%' ? 95 : (row % 5) + 1;
    rows.push([
      first ? `${name}工作经费` : null,
      first ? '持续提升政务服务水平' : null,
      first ? '完成年度政务服务工作任务' : null,
      newLevel1 ? level1 : null,
      newLevel2 ? level2 : null,
      level3,
      isMistake(mistakes, index + row) ? '≧' : op,
      value,
      unit || null,
      null,
      null,
    ]);
  });
  return {
    name,
    rows,
    merges: ['A1:K1', 'A2:K2', 'A5:A24', 'B5:B24', 'C5:C24', 'D5:D14', 'D15:D24'],
    widths: [14, 14, 14, 10, 12, 22, 8, 10, 8, 10, 10],
  };
}
