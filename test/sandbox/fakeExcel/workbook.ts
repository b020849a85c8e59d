/** A department sheet as the simulated Excel's tests find it: values, a fill, a note, a merge, a list. */
import type { WorkbookSnapshot } from '../../../src/sandbox/fakeExcel';

export const SHEET = '部门整体';

export function book(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: '部门整体',
        visibility: 'Visible',
        cells: {
          A1: { value: '部门整体支出绩效目标申报表' },
          B3: { value: '随州市曾都区政务服务和大数据管理局', fill: '#FFFF00', note: '汇总部门' },
          C12: { value: 489.98, numberFormat: '0.00' },
          D12: { value: 537.34, locked: false },
        },
        merges: ['A1:H1'],
        validations: [{ range: 'A20:A30', type: 'list', source: '=列表_部门一级指标' }],
      },
      {
        name: '_perf_forms_profile',
        visibility: 'VeryHidden',
        cells: { A1: { value: '{}' } },
        merges: [],
        validations: [],
      },
    ],
    names: [{ name: '列表_部门一级指标', formula: "='_perf_forms_lists'!$A$2:$A$3" }],
    selection: null,
  };
}
