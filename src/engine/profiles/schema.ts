import { z } from 'zod';
import { ruleById } from '../rules/registry';
import { signatureBlockSchema } from './signatureBlock';
import type { Profile } from './types';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const MONEY_UNITS = ['元', '千元', '万元', '亿元'] as const;

const nonEmpty = z.string().trim().min(1);

/** A field with its Chinese name, so that a bureau sees which field of its JSON is wrong. */
function titled<T extends z.ZodType>(schema: T, title: string): T {
  return schema.meta({ title });
}

const level1Schema = z
  .object({
    name: titled(nonEmpty, '一级指标名称'),
    level2: titled(z.array(nonEmpty).min(1), '二级指标'),
  })
  .strict();

const profileShape = {
  id: titled(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/), '配置编号'),
  name: titled(nonEmpty, '配置名称'),
  form: titled(z.enum(['project', 'department']), '适用表单'),
  hierarchy: titled(z.array(level1Schema).min(1), '指标体系'),
  /** 一级 names that must have at least one filled 三级 row; by default 产出, 效益, 成本 and 满意度 where they are 一级. */
  requiredLevel1: titled(z.array(nonEmpty).optional(), '必填一级指标'),
  /** Minimum filled 三级 rows under each 一级 that appears (hierarchy.min-level3). */
  minLevel3PerLevel1: titled(
    z.number().int().min(0).max(100).default(1),
    '每个一级指标至少的三级指标数',
  ),
  /** Minimum share (0..1) of quantitative rows among filled 产出 rows. */
  quantifiedShare: titled(z.number().min(0).max(1).default(0.5), '产出指标量化比例'),
  moneyUnit: titled(z.enum(MONEY_UNITS).default('万元'), '金额单位'),
  /** Rounding tolerance in the money unit, kept as a decimal string ("0.01"). */
  tolerance: titled(
    z
      .union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?$/)])
      .transform(String)
      .default('0.01'),
    '金额容差',
  ),
  /** Units accepted besides the unit catalog. */
  extraUnits: titled(z.array(nonEmpty).default([]), '额外计量单位'),
  /** Severity overrides by rule id. */
  severity: titled(z.record(z.string(), z.enum(SEVERITIES)).default({}), '规则级别调整'),
  /** Template setting: blank 三级 rows laid out under each 二级. */
  level3RowsPerLevel2: titled(
    z.number().int().min(1).max(50).default(2),
    '模板中每个二级指标预留的三级指标行数',
  ),
  signatureBlock: signatureBlockSchema,
};

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
    title = z.globalRegistry.get(field)?.title ?? title;
    shape = field === profileShape.hierarchy ? level1Schema.shape : undefined;
  }
  return title;
}

export type ProfileInput = z.input<typeof profileSchema>;

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
      return `${where} 不正确`;
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

function crossFieldErrors(input: Profile): string[] {
  const errors: string[] = [];
  const level1Names = new Set(input.hierarchy.map((node) => node.name));
  input.requiredLevel1.forEach((name, index) => {
    if (!level1Names.has(name)) {
      errors.push(
        `字段 requiredLevel1[${index}]（必填一级指标）“${name}”不在 hierarchy（指标体系）的一级指标中`,
      );
    }
  });
  for (const ruleId of Object.keys(input.severity)) {
    if (!ruleById(ruleId))
      errors.push(`字段 severity.${ruleId}（规则级别调整）：没有编号为“${ruleId}”的规则`);
  }
  const seen = new Set<string>();
  input.hierarchy.forEach((node, index) => {
    if (seen.has(node.name)) {
      errors.push(`字段 hierarchy[${index}].name（一级指标名称）“${node.name}”重复`);
    }
    seen.add(node.name);
  });
  return errors;
}

export type ProfileParseResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Validates a profile object (parsed JSON) and fills in defaults. */
export function validateProfile(data: unknown): ProfileParseResult {
  // The input tells a missing field from one of the wrong type (invalid_type either way).
  const parsed = profileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  const errors = crossFieldErrors(parsed.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, profile: parsed.data };
}

/** Where the JSON parser stopped, in lines and columns a person can find (its own message is English). */
function describeSyntaxError(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  const incomplete = '内容不完整（括号或引号没有闭合，或文件为空）';
  if (!position)
    return /end of JSON/i.test(message) || text.trim() === '' ? incomplete : '有语法错误';
  const offset = Number(position[1]);
  if (offset >= text.trimEnd().length) return incomplete;
  const before = text.slice(0, offset).split('\n');
  return `第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列附近有语法错误（常见原因：多余或缺少的逗号、引号、括号）`;
}

/** Parses profile JSON text; a syntax error is reported in Chinese too. */
export function parseProfileJson(text: string): ProfileParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
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

/** Profile as JSON that validateProfile reads back to the same profile. */
export function profileToJson(profile: Profile): string {
  return JSON.stringify(profile, null, 2);
}
