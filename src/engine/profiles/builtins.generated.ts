/** Written by `npm run profiles:builtins` from builtinInputs.ts: edit that file, not this one. */
import type { Profile } from './types';

export const BUILTIN_PROFILES: readonly Profile[] = [
  {
    id: 'mof-2021',
    name: '财政部 2021 年项目支出绩效指标体系（成本指标为一级指标）',
    form: 'project',
    hierarchy: [
      {
        name: '产出指标',
        level2: ['数量指标', '质量指标', '时效指标'],
      },
      {
        name: '成本指标',
        level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
      },
      {
        name: '效益指标',
        level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      },
      {
        name: '满意度指标',
        level2: ['服务对象满意度指标'],
      },
    ],
    requiredLevel1: ['产出指标', '成本指标', '效益指标', '满意度指标'],
    minLevel3PerLevel1: 1,
    quantifiedShare: 0.5,
    moneyUnit: '万元',
    tolerance: '0.01',
    extraUnits: [],
    severity: {},
    level3RowsPerLevel2: 2,
    signatureBlock: true,
  },
  {
    id: 'legacy-project',
    name: '项目支出绩效指标（成本指标为产出下的二级指标，随州样式）',
    form: 'project',
    hierarchy: [
      {
        name: '产出指标',
        level2: ['数量指标', '质量指标', '时效指标', '成本指标'],
      },
      {
        name: '效益指标',
        level2: [
          '经济效益指标',
          '社会效益指标',
          '生态效益指标',
          '可持续影响指标',
          '社会公众或服务对象满意度指标',
        ],
      },
    ],
    requiredLevel1: ['产出指标', '效益指标'],
    minLevel3PerLevel1: 1,
    quantifiedShare: 0.5,
    moneyUnit: '万元',
    tolerance: '0.01',
    extraUnits: [],
    severity: {},
    level3RowsPerLevel2: 2,
    signatureBlock: false,
  },
  {
    id: 'mof-2015',
    name: '财政部 2015 年项目支出绩效目标申报表指标体系（财预〔2015〕88号：成本指标为产出下的二级指标，满意度指标为一级指标）',
    form: 'project',
    hierarchy: [
      {
        name: '产出指标',
        level2: ['数量指标', '质量指标', '时效指标', '成本指标'],
      },
      {
        name: '效益指标',
        level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      },
      {
        name: '满意度指标',
        level2: ['服务对象满意度指标'],
      },
    ],
    requiredLevel1: ['产出指标', '效益指标', '满意度指标'],
    minLevel3PerLevel1: 1,
    quantifiedShare: 0.5,
    moneyUnit: '万元',
    tolerance: '0.01',
    extraUnits: [],
    severity: {},
    level3RowsPerLevel2: 2,
    signatureBlock: true,
  },
  {
    id: 'hubei-department',
    name: '湖北部门整体支出绩效指标（随州样式）',
    form: 'department',
    hierarchy: [
      {
        name: '产出指标',
        level2: ['公共服务', '公共管理', '公共产品'],
      },
      {
        name: '效益指标',
        level2: ['经济效益', '社会效益', '生态效益', '可持续影响', '社会公众或服务对象满意度'],
      },
    ],
    requiredLevel1: ['产出指标', '效益指标'],
    minLevel3PerLevel1: 1,
    quantifiedShare: 0.5,
    moneyUnit: '万元',
    tolerance: '0.01',
    extraUnits: [],
    severity: {},
    level3RowsPerLevel2: 2,
    signatureBlock: false,
  },
  {
    id: 'shenzhen-department',
    name: '深圳部门整体支出绩效指标（盐田样式）',
    form: 'department',
    hierarchy: [
      {
        name: '产出',
        level2: ['数量', '质量', '时效', '成本'],
      },
      {
        name: '效益',
        level2: ['经济效益', '社会效益', '生态效益', '可持续影响', '服务对象满意度', '其他满意度'],
      },
    ],
    requiredLevel1: ['产出', '效益'],
    minLevel3PerLevel1: 1,
    quantifiedShare: 0.5,
    moneyUnit: '万元',
    tolerance: '0.01',
    extraUnits: [],
    severity: {},
    level3RowsPerLevel2: 2,
    signatureBlock: false,
  },
];
