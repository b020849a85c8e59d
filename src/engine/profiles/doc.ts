/** docs/配置说明.md, written from the profile schema: every field's Chinese name, type, default and meaning. */
import { z } from 'zod';
import { fieldMeta } from './field';
import { profileToJson } from './profileJson';
import { parseProfileJson, profileShape } from './schema';

/** The JSON Schema of a field as a bureau writes it (before defaults and transforms). */
type JsonSchema = {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  minLength?: number;
  pattern?: string;
};

function range(schema: JsonSchema): string {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return `，${minimum} 到 ${maximum}`;
  if (minimum !== undefined) return `，不小于 ${minimum}`;
  if (maximum !== undefined) return `，不大于 ${maximum}`;
  return '';
}

/** A field's type in Chinese, with its allowed values and limits. */
function typeText(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeText).join('，或');
  if (schema.enum)
    return `文字，取值之一：${schema.enum.map((v) => `\`${String(v)}\``).join('、')}`;
  switch (schema.type) {
    case 'string':
      if (schema.pattern) return `文字，格式为 \`${schema.pattern}\``;
      return schema.minLength ? '文字（不能为空）' : '文字';
    case 'integer':
      return `整数${range(schema)}`;
    case 'number':
      return `数字${range(schema)}`;
    case 'array': {
      const least = schema.minItems ? `，至少 ${schema.minItems} 项` : '';
      return `列表${least}，每项为${schema.items ? typeText(schema.items) : '任意值'}`;
    }
    case 'object':
      if (schema.properties)
        return `对象，含 ${Object.keys(schema.properties)
          .map((key) => `\`${key}\``)
          .join('、')}`;
      if (typeof schema.additionalProperties === 'object')
        return `对象，每个值为${typeText(schema.additionalProperties)}`;
      return '对象';
    default:
      return '任意值';
  }
}

/** 必填, or the default a field left out takes (as JSON), or that it is explained in the meaning. */
function defaultText(field: z.ZodType): string {
  const parsed = field.safeParse(undefined);
  if (!parsed.success) return '必填';
  if (parsed.data === undefined) return '可不填（见说明）';
  return `\`${JSON.stringify(parsed.data)}\``;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** One field: its heading, a table of name/type/default, and what it means. */
function fieldSection(path: string, field: z.ZodType): string {
  const meta = fieldMeta(field);
  if (!meta) throw new Error(`docs/配置说明.md: the profile field ${path} has no Chinese title`);
  const json = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return [
    `### \`${path}\` ${meta.title}`,
    '',
    '| 类型 | 不填时 |',
    '|---|---|',
    `| ${escapeCell(typeText(json))} | ${escapeCell(defaultText(field))} |`,
    '',
    meta.description,
    ...(meta.rules
      ? ['', `依此检查的规则：${meta.rules.map((id) => `\`${id}\``).join('、')}`]
      : []),
  ].join('\n');
}

/** Each field of the profile, and the fields within each 一级 of the hierarchy. */
function fieldSections(): string[] {
  const sections: string[] = [];
  for (const [key, field] of Object.entries(profileShape)) {
    sections.push(fieldSection(key, field));
    const element = key === 'hierarchy' ? profileShape.hierarchy.element : undefined;
    for (const [inner, innerField] of Object.entries(element?.shape ?? {}))
      sections.push(fieldSection(`${key}[].${inner}`, innerField));
  }
  return sections;
}

const HEADER = `# 配置说明

<!-- 由 \`npm run docs:profiles\` 从配置的 zod 定义（src/engine/profiles/）生成，请勿手工修改。 -->

配置（profile）规定一个财政部门的绩效指标体系和检查要求：有哪些一级、二级指标，哪些必填，
金额单位和容差，某条规则按什么级别报告。本工具内置了几份配置（\`perf-forms profiles\` 列出）；
财政部门可以按下面的说明写自己的配置文件，用 \`perf-forms check --profile 文件.json\` 检查申报表，
或在任务窗格中导入。检查结果中，依据本部门配置（而不是内置配置）得出的问题会注明“按××配置要求”。

## 文件格式

- 一个 JSON 对象，字段如下；不认识的字段会被指出，避免拼错的字段被悄悄忽略。
- 保存为 **UTF-8** 编码（记事本“另存为”时选“UTF-8”，带不带 BOM 均可）。GBK（ANSI）或
  UTF-16（“Unicode”）编码的文件会被拒绝并说明原因，因为其中的中文指标名会读成乱码。
- 写好后先用 \`perf-forms profiles validate 文件.json\` 检查：所有问题一次列出，
  每个问题写明字段的 JSON 路径和中文名称（如 \`hierarchy[0].name（一级指标名称）\`），
  JSON 语法错误写明行号和列号。全部通过时显示“通过”。
- 除字段各自的要求外，还检查：一级指标名称不能重复；\`requiredLevel1\` 中的名称须是 \`hierarchy\`
  中的一级指标；\`severity\` 的键须是存在的规则编号。

## 字段
`;

/** The profile file the doc shows in full, from the repository root. */
export const PROFILE_DOC_EXAMPLE = 'examples/profiles/example-city-project.json';

/**
 * docs/配置说明.md as `npm run docs:profiles` writes it, its example `exampleJson` (a profile
 * file) written out with every field filled in; a test fails when the file differs.
 */
export function profilesMarkdown(exampleJson: string): string {
  const example = parseProfileJson(exampleJson);
  if (!example.ok)
    throw new Error(`docs/配置说明.md: the example profile is invalid: ${example.errors}`);
  return [
    HEADER,
    fieldSections().join('\n\n'),
    '',
    '## 完整示例',
    '',
    '下面的配置写出了每一个字段（通常只需写与默认值不同的字段），可以直接通过检查：',
    '',
    '```json',
    profileToJson(example.profile),
    '```',
    '',
  ].join('\n');
}
