/**
 * The built-in profiles of docs/FORMS.md as written: the one source of them. Their completed
 * form (every default filled in by the schema) is builtins.generated.ts, written from these by
 * `npm run profiles:builtins`, so that checking by them needs no schema at run time; a test
 * fails when the two differ.
 */
import type { ProfileInput } from './schema';

export const BUILTIN_PROFILE_INPUTS: readonly ProfileInput[] = [
  {
    id: 'mof-2021',
    name: '财政部 2021 年项目支出绩效指标体系（成本指标为一级指标）',
    form: 'project',
    signatureBlock: true,
    hierarchy: [
      { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
      { name: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
      {
        name: '效益指标',
        level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      },
      { name: '满意度指标', level2: ['服务对象满意度指标'] },
    ],
  },
  {
    id: 'legacy-project',
    name: '项目支出绩效指标（成本指标为产出下的二级指标，随州样式）',
    form: 'project',
    hierarchy: [
      { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
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
  },
  {
    id: 'mof-2015',
    name: '财政部 2015 年项目支出绩效目标申报表指标体系（财预〔2015〕88号：成本指标为产出下的二级指标，满意度指标为一级指标）',
    form: 'project',
    signatureBlock: true,
    hierarchy: [
      { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
      {
        name: '效益指标',
        level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      },
      { name: '满意度指标', level2: ['服务对象满意度指标'] },
    ],
  },
  {
    id: 'hubei-department',
    name: '湖北部门整体支出绩效指标（随州样式）',
    form: 'department',
    hierarchy: [
      { name: '产出指标', level2: ['公共服务', '公共管理', '公共产品'] },
      {
        name: '效益指标',
        level2: ['经济效益', '社会效益', '生态效益', '可持续影响', '社会公众或服务对象满意度'],
      },
    ],
  },
  {
    id: 'shenzhen-department',
    name: '深圳部门整体支出绩效指标（盐田样式）',
    form: 'department',
    hierarchy: [
      { name: '产出', level2: ['数量', '质量', '时效', '成本'] },
      {
        name: '效益',
        level2: ['经济效益', '社会效益', '生态效益', '可持续影响', '服务对象满意度', '其他满意度'],
      },
    ],
  },
];
