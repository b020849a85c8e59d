import { z } from 'zod';
import { ruleById } from '../rules/registry';
import type { Profile } from './types';

/** Chinese names of profile fields, so a bureau sees which field of its JSON is wrong. */
const FIELD_NAMES: Record<string, string> = {
  id: '配置编号',
  name: '配置名称',
  form: '适用表单',
  hierarchy: '指标体系',
  level2: '二级指标',
  requiredLevel1: '必填一级指标',
  minLevel3PerLevel1: '每个一级指标至少的三级指标数',
  quantifiedShare: '产出指标量化比例',
  moneyUnit: '金额单位',
  tolerance: '金额容差',
  extraUnits: '额外计量单位',
  severity: '规则级别调整',
  level3RowsPerLevel2: '模板中每个二级指标预留的三级指标行数',
};

const SEVERITIES = ['error', 'warning', 'info'] as const;
const MONEY_UNITS = ['元', '千元', '万元', '亿元'] as const;

const nonEmpty = z.string().trim().min(1);

const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    name: nonEmpty,
    form: z.enum(['project', 'department']),
    hierarchy: z
      .array(z.object({ name: nonEmpty, level2: z.array(nonEmpty).min(1) }).strict())
      .min(1),
    requiredLevel1: z.array(nonEmpty).optional(),
    minLevel3PerLevel1: z.number().int().min(0).max(100).optional(),
    quantifiedShare: z.number().min(0).max(1).optional(),
    moneyUnit: z.enum(MONEY_UNITS).optional(),
    tolerance: z.union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?$/)]).optional(),
    extraUnits: z.array(nonEmpty).optional(),
    severity: z.record(z.string(), z.enum(SEVERITIES)).optional(),
    level3RowsPerLevel2: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export type ProfileInput = z.input<typeof profileSchema>;

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '配置文件';
  let text = '';
  for (const key of path)
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
  // The nearest named field: severity.budget.change is a 规则级别调整 entry.
  const named = [...path]
    .reverse()
    .find((key) => typeof key === 'string' && FIELD_NAMES[key] !== undefined);
  return named === undefined ? text : `${text}（${FIELD_NAMES[named as string]}）`;
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

/** Level-1 names required by default: 产出 and 效益, plus 成本 and 满意度 where they are 一级. */
function defaultRequiredLevel1(hierarchy: { name: string }[]): string[] {
  const wanted = ['产出', '效益', '成本', '满意度'];
  return hierarchy
    .map((node) => node.name)
    .filter((name) => wanted.some((stem) => name.startsWith(stem)));
}

function crossFieldErrors(input: z.output<typeof profileSchema>): string[] {
  const errors: string[] = [];
  const level1Names = new Set(input.hierarchy.map((node) => node.name));
  input.requiredLevel1?.forEach((name, index) => {
    if (!level1Names.has(name)) {
      errors.push(
        `字段 requiredLevel1[${index}]（必填一级指标）“${name}”不在 hierarchy（指标体系）的一级指标中`,
      );
    }
  });
  for (const ruleId of Object.keys(input.severity ?? {})) {
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
  const input = parsed.data;
  return {
    ok: true,
    profile: {
      id: input.id,
      name: input.name,
      form: input.form,
      hierarchy: input.hierarchy,
      requiredLevel1: input.requiredLevel1 ?? defaultRequiredLevel1(input.hierarchy),
      minLevel3PerLevel1: input.minLevel3PerLevel1 ?? 1,
      quantifiedShare: input.quantifiedShare ?? 0.5,
      moneyUnit: input.moneyUnit ?? '万元',
      tolerance: String(input.tolerance ?? '0.01'),
      extraUnits: input.extraUnits ?? [],
      severity: input.severity ?? {},
      level3RowsPerLevel2: input.level3RowsPerLevel2 ?? 2,
    },
  };
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
