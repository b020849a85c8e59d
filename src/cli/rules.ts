/** `perf-forms rules` and docs/rules.md: the rule catalog, both read from each rule's meta. */
import { RULES, SEVERITY_LABEL, type Rule } from '../engine';
import type { Command } from 'commander';
import type { Io } from './args';
import { runAction, type CliContext } from './program';

/** `perf-forms rules`: one line per rule, tab-separated: id, name, severity, description. */
export function listRules(io: Io): number {
  for (const { id, meta } of RULES)
    io.stdout(`${id}\t${meta.name}\t${SEVERITY_LABEL[meta.severity]}\t${meta.description}\n`);
  return 0;
}

export function registerRules(program: Command, context: CliContext): void {
  const command: Command = program
    .command('rules')
    .description('列出全部检查规则：编号、名称、级别、说明（以制表符分隔）')
    .action(() => runAction(command, context, () => listRules(context.io)));
}

/** The section of each family of ids (the part before the dot), in catalog order. */
const FAMILY_TITLES: Record<string, string> = {
  form: '表单结构（form）',
  hierarchy: '指标层级（hierarchy）',
  operator: '计算符号（operator）',
  value: '指标值（value）',
  unit: '计量单位（unit）',
  cost: '成本指标（cost）',
  budget: '预算金额（budget）',
  quality: '目标质量（quality）',
};

const CATALOG_HEADER = `# 规则目录

<!-- 由 \`npm run docs:rules\` 从各规则的 meta（src/engine/rules/）生成，请勿手工修改。 -->

检查发现的每个问题都带有下列规则编号之一。编号是稳定的：命令行的 JSON、任务窗格、高亮批注和测试都使用它；
可以新增规则，已有编号不改名。级别是默认值，配置（profile）的 \`severity\` 可以改变它。

- **错误**（error）：表填错了，审核人会退回。
- **警告**（warning）：可能有错或较弱，审核人会问。
- **提示**（info）：已接受，但做了规范化或值得一看（如 \`≧\` 按 \`≥\` 读取）。

每个问题指向应当修改的那一个单元格（合并单元格指向其左上角）：合计不符时是合计单元格，单位问题是单位单元格
（表中没有单位列时是指标值单元格）。空白金额单元格在求和时按 0 计；只有填了非数字内容的单元格才是
\`budget.not-numeric\`。金额用十进制算术比较（不用二进制浮点），先把元/千元/万元/亿元换算成表的金额单位，
再按配置的容差（默认 0.01 万元）比较。

消息中的 \`{名称}\` 在报告时由规则填入实际的值。
`;

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function ruleSection(rule: Rule): string {
  const { meta } = rule;
  const lines = [
    `### \`${rule.id}\` ${meta.name}`,
    '',
    `${SEVERITY_LABEL[meta.severity]}（${meta.severity}）：${meta.description}`,
  ];
  if (meta.fix) lines.push('', `建议值：${meta.fix}`);
  if (meta.fixable)
    lines.push('', `自动修正（\`perf-forms fix\`、任务窗格的“采用建议”）：${meta.fixable}`);
  lines.push('', '| 消息 | 模板 |', '|---|---|');
  for (const [id, template] of Object.entries(meta.messages))
    lines.push(`| \`${id}\` | ${escapeCell(template)} |`);
  return lines.join('\n');
}

/** docs/rules.md as `npm run docs:rules` writes it; a test fails when the file differs. */
export function rulesMarkdown(): string {
  const families = new Map<string, Rule[]>();
  for (const rule of RULES) {
    const family = rule.id.split('.')[0];
    families.set(family, [...(families.get(family) ?? []), rule]);
  }
  const sections = [...families].map(([family, rules]) => {
    const title = FAMILY_TITLES[family];
    if (!title) throw new Error(`docs/rules.md: no section title for the rule family ${family}`);
    const index = [
      '| 编号 | 名称 | 级别 | 说明 |',
      '|---|---|---|---|',
      ...rules.map(
        ({ id, meta }) =>
          `| \`${id}\` | ${meta.name} | ${SEVERITY_LABEL[meta.severity]} | ${escapeCell(meta.description)} |`,
      ),
    ];
    return [`## ${title}`, '', ...index, '', rules.map(ruleSection).join('\n\n')].join('\n');
  });
  return [CATALOG_HEADER, ...sections].join('\n') + '\n';
}
