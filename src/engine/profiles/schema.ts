import { z } from 'zod';
// The one locale, not z.locales (all of them): the web page's bundle carries only this.
import zhCN from 'zod/v4/locales/zh-CN.cjs';
import { SEVERITIES } from '../findings';
import { ruleById } from '../rules/registry';
import { fieldMeta, profileField } from './field';
import { indicatorListErrors, indicatorsField } from './indicators';
import { aliasesField } from './aliases';
import { signatureBlockField } from './signatureBlock';
import type { Profile } from './types';

const MONEY_UNITS = ['元', '千元', '万元', '亿元'] as const;

const nonEmpty = z.string().trim().min(1);

const level1Schema = z
  .object({
    name: profileField(nonEmpty, {
      title: '一级指标名称',
      description: '一级指标的名称，与表中“一级指标”列的文字一致（如“产出指标”）。',
    }),
    level2: profileField(z.array(nonEmpty).min(1), {
      title: '二级指标',
      description: '该一级指标下允许的二级指标名称，按表中的顺序。',
    }),
  })
  .strict();

/** The fields of a profile, each with its Chinese name and meaning (field.ts); one line per field. */
export const profileShape = {
  id: profileField(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/), {
    title: '配置编号',
    description:
      '配置的唯一编号，只用小写字母、数字、点、短横线和下划线（如 ezhou-2025）；不要与内置配置的编号相同。',
  }),
  name: profileField(nonEmpty, {
    title: '配置名称',
    description: '配置的中文名称，检查结果中按此名称说明问题依据的是哪份配置。',
  }),
  form: profileField(z.enum(['project', 'department']), {
    title: '适用表单',
    description: 'project 为项目支出绩效目标申报表，department 为部门整体支出绩效目标申报表。',
  }),
  hierarchy: profileField(z.array(level1Schema).min(1), {
    title: '指标体系',
    description: '一级指标及其下允许的二级指标，按表中的顺序；表中出现不在此列的名称时报告。',
  }),
  requiredLevel1: profileField(z.array(nonEmpty).optional(), {
    title: '必填一级指标',
    description:
      '至少要填一行三级指标的一级指标名称，须是 hierarchy 中的一级指标。不填时：名称以“产出”“效益”“成本”“满意度”开头的一级指标都必填。',
    rules: ['hierarchy.required-level1', 'hierarchy.min-level3'],
  }),
  minLevel3PerLevel1: profileField(z.number().int().min(0).max(100).default(1), {
    title: '每个一级指标至少的三级指标数',
    description: '表中出现的每个一级指标下，至少要填写的三级指标行数。',
    rules: ['hierarchy.min-level3'],
  }),
  quantifiedShare: profileField(z.number().min(0).max(1).default(0.5), {
    title: '产出指标量化比例',
    description:
      '产出指标中定量指标（有数值和计量单位）至少占的比例，0 到 1 之间的小数（0.5 即 50%）。',
    rules: ['quality.quantified-share'],
  }),
  moneyUnit: profileField(z.enum(MONEY_UNITS).default('万元'), {
    title: '金额单位',
    description: '表中没有写明金额单位时采用的单位，也是金额容差的单位。',
  }),
  tolerance: profileField(
    z
      .union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?$/)])
      .transform(String)
      .default('0.01'),
    {
      title: '金额容差',
      description:
        '合计、增减额等金额核对时允许的尾差，以金额单位计；可写数字或数字文字（如 "0.01"），按十进制精确比较。',
      rules: [
        'budget.funding-sum',
        'budget.tasks-sum',
        'budget.prior-year',
        'budget.balance',
        'budget.change',
        'budget.projects-total',
        'budget.income-sum',
        'budget.expense-sum',
      ],
    },
  ),
  extraUnits: profileField(z.array(nonEmpty).default([]), {
    title: '额外计量单位',
    description: '本地常用、内置单位表中没有的计量单位（如“人天”），填写后不再报告为不认识的单位。',
    rules: ['unit.unknown', 'cost.unit-not-money'],
  }),
  severity: profileField(z.record(z.string(), z.enum(SEVERITIES)).default({}), {
    title: '规则级别调整',
    description:
      '按规则编号改变问题的级别：键是规则编号（见 docs/rules.md 或 perf-forms rules），值是 error（错误）、warning（警告）或 info（提示）。',
  }),
  level3RowsPerLevel2: profileField(z.number().int().min(1).max(50).default(2), {
    title: '模板中每个二级指标预留的三级指标行数',
    description: '生成空白申报表模板时，每个二级指标下预留的空白三级指标行数。',
  }),
  indicators: indicatorsField,
  aliases: aliasesField,
  signatureBlock: signatureBlockField,
};

export type ProfileField = keyof typeof profileShape;

/** Level-1 names required by default: 产出 and 效益, plus 成本 and 满意度 where they are 一级. */
function defaultRequiredLevel1(hierarchy: { name: string }[]): string[] {
  const wanted = ['产出', '效益', '成本', '满意度'];
  return hierarchy
    .map((node) => node.name)
    .filter((name) => wanted.some((stem) => name.startsWith(stem)));
}

/** A profile as a bureau writes it; parsed, every setting is filled in (the `Profile` type). */
export const profileSchema = z
  .object(profileShape)
  .strict()
  // The one default that depends on another field; the fields keep their order for profileToJson.
  .transform(({ id, name, form, hierarchy, requiredLevel1, ...settings }) => ({
    id,
    name,
    form,
    hierarchy,
    requiredLevel1: requiredLevel1 ?? defaultRequiredLevel1(hierarchy),
    ...settings,
  }));

/** The Chinese name of the field a path ends in or lies within (severity.budget.change: 规则级别调整). */
function fieldTitle(path: readonly PropertyKey[]): string | undefined {
  let shape: Record<string, z.ZodType> | undefined = profileShape;
  let title: string | undefined;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const field: z.ZodType | undefined = shape?.[key];
    if (!field) break;
    title = fieldMeta(field)?.title ?? title;
    shape = field === profileShape.hierarchy ? level1Schema.shape : undefined;
  }
  return title;
}

/** The Chinese name of a top-level field (金额单位 for moneyUnit). */
export function profileFieldTitle(field: ProfileField): string {
  return fieldMeta(profileShape[field])?.title ?? field;
}

/** The rules whose findings follow a top-level field's value (FieldMeta.rules). */
export function profileFieldRules(field: ProfileField): readonly string[] {
  return fieldMeta(profileShape[field])?.rules ?? [];
}

export type ProfileInput = z.input<typeof profileSchema>;

/** A path as a bureau finds it in its JSON, with the field's Chinese name: hierarchy[0].name（一级指标名称）. */
function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '配置文件';
  let text = '';
  for (const key of path)
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
  const title = fieldTitle(path);
  return title === undefined ? text : `${text}（${title}）`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = `字段 ${fieldPath(issue.path)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${where} 缺失，必须填写`
        : `${where} 类型不对：应为${typeName(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${where} 至少需要 ${issue.minimum} 项`
        : issue.origin === 'string'
          ? `${where} 不能为空`
          : `${where} 不能小于 ${issue.minimum}`;
    case 'too_big':
      return `${where} 不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `${where} 只能是 ${issue.values.map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return `${where} 含有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_format':
      return lastKey(issue.path) === 'id'
        ? `${where} 只能用小写字母、数字、点、短横线和下划线`
        : `${where} 格式不对`;
    case 'invalid_union':
      return `${where} 应为不小于 0 的数字`;
    default:
      // Issues this schema does not make today: zod's own zh-CN message (zodMessages).
      return `${where}：${issue.message}`;
  }
}

function lastKey(path: readonly PropertyKey[]): PropertyKey | undefined {
  return path[path.length - 1];
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: '文字',
    number: '数字',
    array: '列表',
    object: '对象',
    boolean: '是/否',
  };
  return names[expected] ?? expected;
}

/** zod's messages in Chinese, for the issues describeIssue has no wording of its own for. */
const zodMessages = zhCN().localeError;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The checks across fields, on whichever of their fields are well-formed: a bureau sees them
 * with the schema's problems in one pass, not on a second run.
 */
function crossFieldErrors(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const errors: string[] = [];
  const hierarchy = profileShape.hierarchy.safeParse(data.hierarchy);
  if (hierarchy.success) {
    const seen = new Set<string>();
    hierarchy.data.forEach((node, index) => {
      if (seen.has(node.name))
        errors.push(`字段 ${fieldPath(['hierarchy', index, 'name'])}“${node.name}”重复`);
      seen.add(node.name);
    });
    const required = profileShape.requiredLevel1.safeParse(data.requiredLevel1);
    required.data?.forEach((name, index) => {
      if (!seen.has(name))
        errors.push(
          `字段 ${fieldPath(['requiredLevel1', index])}“${name}”不在 ${fieldPath(['hierarchy'])}的一级指标中`,
        );
    });
    const extraUnits = profileShape.extraUnits.safeParse(data.extraUnits);
    const indicators = profileShape.indicators.safeParse(data.indicators);
    if (extraUnits.success && indicators.success)
      errors.push(
        ...indicatorListErrors({
          hierarchy: hierarchy.data,
          extraUnits: extraUnits.data,
          indicators: indicators.data,
        }),
      );
  }
  if (isRecord(data.severity)) {
    for (const ruleId of Object.keys(data.severity))
      if (!ruleById(ruleId))
        errors.push(`字段 ${fieldPath(['severity', ruleId])}：没有编号为“${ruleId}”的规则`);
  }
  return errors;
}

export type ProfileParseResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Validates a profile object (parsed JSON) and fills in defaults; every problem at once. */
export function validateProfile(data: unknown): ProfileParseResult {
  // The input tells a missing field from one of the wrong type (invalid_type either way).
  const parsed = profileSchema.safeParse(data, { reportInput: true, error: zodMessages });
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.map(describeIssue)),
    ...crossFieldErrors(data),
  ];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: parsed.data };
}

/** Line and column of a character offset, counted as an editor does (from 1). */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列`;
}

/**
 * Where the JSON parser stopped, in lines and columns a person can find (its own message is
 * English): V8 gives the position, Firefox the line and column.
 */
function describeSyntaxError(text: string, message: string): string {
  const incomplete = '内容不完整（括号或引号没有闭合，或文件为空）';
  const hint = '附近有语法错误（常见原因：多余或缺少的逗号、引号、括号）';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    return offset >= text.trimEnd().length ? incomplete : `${lineAndColumn(text, offset)}${hint}`;
  }
  if (/end of JSON|end of data/i.test(message) || text.trim() === '') return incomplete;
  if (lineColumn) return `第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列${hint}`;
  // "Unexpected token 'x', "…" is not valid JSON": the first such character is where it stops.
  const token = /Unexpected token '(.)'/.exec(message);
  const offset = token ? text.indexOf(token[1]) : -1;
  return offset >= 0 ? `${lineAndColumn(text, offset)}${hint}` : '有语法错误';
}

/** Parses profile JSON text; a syntax error is reported in Chinese too. */
export function parseProfileJson(text: string): ProfileParseResult {
  let data: unknown;
  try {
    // A byte-order mark (Notepad's UTF-8) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      errors: [`配置文件不是有效的 JSON：${describeSyntaxError(text, (error as Error).message)}`],
    };
  }
  return validateProfile(data);
}

/** For built-in data, which is known to be valid: fills in defaults or fails loudly. */
export function completeProfile(input: ProfileInput): Profile {
  const result = validateProfile(input);
  if (!result.ok) throw new Error(`内置配置 ${input.id} 无效：${result.errors.join('；')}`);
  return result.profile;
}
