/** `perf-forms indicators [--profile ID|FILE] [二级]`: the suggested 三级 indicators, with their sources. */
import type { Command } from 'commander';
import {
  builtinProfile,
  findLevel2,
  INDICATOR_LIBRARY,
  INDICATOR_SOURCES,
  LIBRARY_LEVEL2,
  indicatorSuggestions,
  type IndicatorSuggestion,
  type Profile,
} from '../engine';
import { DEFAULT_PROFILE_IDS } from '../template';
import { UsageError, type Io } from './args';
import { printable } from './format';
import { resolveProfile } from './profileOption';
import { runAction, type CliContext } from './program';

export interface IndicatorsOptions {
  /** A built-in id or a profile file; the default project profile where absent. */
  profile?: string;
  /** One 二级 of the profile's hierarchy; every 二级 where absent. */
  level2?: string;
  format: 'text' | 'json';
}

interface Level2Suggestions {
  level1: string;
  level2: string;
  suggestions: IndicatorSuggestion[];
}

function suggestionsByLevel2(profile: Profile, only: string | null): Level2Suggestions[] {
  return profile.hierarchy.flatMap((node) =>
    node.level2
      .filter((level2) => only === null || level2 === only)
      .map((level2) => ({
        level1: node.name,
        level2,
        suggestions: indicatorSuggestions(profile, level2),
      })),
  );
}

function sourceText(suggestion: IndicatorSuggestion): string {
  const { source } = suggestion;
  if (!source) return '本单位配置';
  const printed = source.printed ? `，原表写作“${source.printed}”` : '';
  return `${source.place}《${source.title}》${source.url ?? source.file}${printed}`;
}

function suggestionText(suggestion: IndicatorSuggestion): string {
  const unit = suggestion.unit === '' ? '' : `，${suggestion.unit}`;
  const sector = suggestion.sector ? `［${suggestion.sector}］` : '';
  const note = suggestion.note === '' ? '' : `：${suggestion.note}`;
  return `  ${suggestion.name}（${suggestion.operator}${unit}）${sector}${note}\n    来源：${sourceText(suggestion)}\n`;
}

export function listIndicators(options: IndicatorsOptions, io: Io): number {
  const profile =
    resolveProfile(options.profile) ?? (builtinProfile(DEFAULT_PROFILE_IDS.project) as Profile);
  let only: string | null = null;
  if (options.level2 !== undefined) {
    only = findLevel2(profile, options.level2);
    if (only === null) {
      const level2s = profile.hierarchy.flatMap((node) => node.level2).join('、');
      throw new UsageError(
        `二级指标“${options.level2}”不在配置 ${profile.id} 的指标体系中；可选：${level2s}`,
      );
    }
  }
  const groups = suggestionsByLevel2(profile, only);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ profile: profile.id, level2: groups }, null, 2)}\n`);
    return 0;
  }
  io.stdout(printable(`配置：${profile.id} ${profile.name}\n`));
  for (const group of groups) {
    io.stdout(printable(`\n【${group.level1} → ${group.level2}】\n`));
    if (group.suggestions.length === 0) io.stdout('  （指标库中没有此二级指标的推荐）\n');
    for (const suggestion of group.suggestions) io.stdout(printable(suggestionText(suggestion)));
  }
  return 0;
}

const LIBRARY_HEADER = `# 指标库

<!-- 由 \`npm run docs:indicators\` 从内置指标库（src/engine/indicators/library.ts）生成，请勿手工修改。 -->

填三级指标时可参考的推荐指标，按二级指标分组，共性指标在前、行业指标在后。每条都取自一张公开发布的绩效目标表
（见“来源”，原表写法不同时注明原文），名称已改为其他项目也能用的写法。指标值因项目而异，表中只说明通常怎样确定。

- 其他指标体系的二级指标按名称对应：“数量”即“数量指标”；作为产出下二级指标的“成本指标”包含经济、社会、
  生态环境三类成本指标；各种满意度二级指标（社会公众或服务对象满意度指标、其他满意度）都用“服务对象满意度指标”一组。
- 单位自己的推荐指标写在配置的 \`indicators\` 字段中（见 docs/配置说明.md），排在指标库之前。
- 命令行：\`perf-forms indicators [--profile ID|FILE] [二级指标]\`。
`;

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** docs/指标库.md as `npm run docs:indicators` writes it; a test fails when the file differs. */
export function libraryMarkdown(): string {
  const sections = LIBRARY_LEVEL2.map((level2) => {
    const rows = INDICATOR_LIBRARY.filter((entry) => entry.level2 === level2).map((entry) => {
      const printed = entry.printed ? `（原文“${entry.printed}”）` : '';
      const cells = [
        entry.name,
        entry.operator,
        entry.unit || '—',
        entry.sector ?? '共性',
        entry.note,
        `${INDICATOR_SOURCES[entry.source].place}${printed}`,
      ];
      return `| ${cells.map(escapeCell).join(' | ')} |`;
    });
    return [
      `## ${level2}`,
      '',
      '| 三级指标 | 计算符号 | 计量单位 | 类别 | 指标值怎样确定 | 来源 |',
      '|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  });
  const sources = Object.values(INDICATOR_SOURCES).map(
    (source) =>
      `- ${source.place}：${source.url ? `[${source.title}](${source.url})` : source.title}（\`${source.file}\`）`,
  );
  const sourceList = ['## 来源', '', ...sources].join('\n');
  return [LIBRARY_HEADER.trimEnd(), ...sections, sourceList].join('\n\n') + '\n';
}

export function registerIndicators(program: Command, context: CliContext): void {
  const command: Command = program
    .command('indicators')
    .description('列出推荐的三级指标：本单位配置的在前，再是内置指标库，附来源')
    .argument('[二级指标]', '只列这个二级指标下的（如 数量指标）；不写时按二级指标分组列出全部')
    .option(
      '--profile <编号或文件>',
      '配置：内置配置编号或配置文件（JSON）；默认为项目表的默认配置',
    )
    .option('--format <格式>', '输出格式：text（默认）或 json', 'text')
    .action((level2: string | undefined, options: { profile?: string; format: string }) =>
      runAction(command, context, () => {
        const { format } = options;
        if (format !== 'text' && format !== 'json')
          throw new UsageError(`--format 只能是 text 或 json，而不是“${format}”`);
        return listIndicators({ profile: options.profile, level2, format }, context.io);
      }),
    );
}
