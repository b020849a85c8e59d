/** `perf-forms`: check, annotate, generate, profiles, rules (shared/spec/cli.md). */
import { readFileSync } from 'fs';
import { BUILTIN_PROFILES } from '../engine';
import { checkOutputPath, OutputFileError, writeOutputFile } from '../xlsx/outputFile';
import { parseArgs, processIo, UsageError, type Io } from './args';
import { expandInputs } from './files';
import { printable, toJson, toText } from './format';
import { resolveProfiles } from './profileOption';
import { listIndicators } from './indicators';
import { listRules } from './rules';
import {
  checkLoaded,
  exitCode,
  loadFileWithWorkbook,
  loadFiles,
  summarize,
  type LoadedFile,
} from './runCheck';

const USAGE = `用法：
  perf-forms check [--profile ID|FILE[,ID|FILE]] [--ignore-embedded] [--format text|json] FILE_OR_DIR...
  perf-forms generate --kind project|department [--year YYYY] [--profile ID|FILE] [--name NAME]
                      [--projects "项目A:12.5,项目B:30"] [--project-profile ID|FILE] [--force] -o OUT.xlsx
  perf-forms annotate [--profile ID|FILE[,ID|FILE]] [--ignore-embedded] [--force] IN.xlsx -o OUT.xlsx
  perf-forms fix [--profile ID|FILE[,ID|FILE]] [--force] IN.xlsx -o OUT.xlsx
  perf-forms profiles
  perf-forms profiles validate FILE...
  perf-forms rules
  perf-forms indicators [--profile ID|FILE] [--format text|json] [二级指标]
`;

async function loadAll(files: string[], io: Io): Promise<LoadedFile[]> {
  const progress = io.interactive && files.length > 1;
  const loaded = await loadFiles(files, (done) => {
    if (progress) io.stderr(`\r已读取 ${done}/${files.length}\x1b[K`);
  });
  if (progress) io.stderr('\r\x1b[K');
  return loaded;
}

/**
 * --ignore-embedded: the profiles a workbook carries are not used, so a reviewer checks every
 * form by the built-in profiles or the one given with --profile.
 */
function withoutEmbeddedProfiles(loaded: LoadedFile): LoadedFile {
  if (!loaded.reading) return loaded;
  return { ...loaded, reading: { ...loaded.reading, embeddedProfiles: [], profileErrors: [] } };
}

async function check(args: string[], io: Io): Promise<number> {
  const { options, flags, positionals } = parseArgs(
    args,
    ['--profile', '--format'],
    ['--ignore-embedded'],
  );
  const format = options['--format'] ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format 只能是 text 或 json，而不是“${format}”`);
  if (positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件或文件夹');
  const profiles = resolveProfiles(options['--profile']);
  const files = expandInputs(positionals);
  if (files.length === 0)
    throw new UsageError(`在 ${positionals.join('、')} 中没有找到 .xlsx 文件`);
  const loaded = await loadAll(files, io);
  const reports = checkLoaded(
    flags.has('--ignore-embedded') ? loaded.map(withoutEmbeddedProfiles) : loaded,
    profiles,
  );
  io.stdout(format === 'json' ? toJson(reports) + '\n' : toText(reports));
  return exitCode(reports);
}

async function annotate(args: string[], io: Io): Promise<number> {
  const { options, flags, positionals } = parseArgs(
    args,
    ['--profile', '-o', '--output'],
    ['--force', '--ignore-embedded'],
  );
  const output = options['-o'] ?? options['--output'];
  if (positionals.length !== 1 || !output)
    throw new UsageError('annotate 需要一个输入文件和 -o 输出文件');
  const [input] = positionals;
  const target = { force: flags.has('--force'), input };
  const profiles = resolveProfiles(options['--profile']);
  // The writing modules (exceljs) are loaded only by the commands that write.
  const { annotatedCopy } = await import('../xlsx/annotatedCopy');
  try {
    // Said before the work; the write checks again, for a file created or linked meanwhile.
    checkOutputPath(output, target);
    const { loaded, workbook } = await loadFileWithWorkbook(input);
    const [report] = checkLoaded(
      [flags.has('--ignore-embedded') ? withoutEmbeddedProfiles(loaded) : loaded],
      profiles,
    );
    if (!workbook) {
      io.stderr(printable(`无法读取 ${input}：${report.error}\n`));
      return 2;
    }
    const copy = await annotatedCopy(workbook, report.issues, readFileSync(input));
    await writeOutputFile(output, copy.bytes, target);
    const { errors } = summarize([report]);
    io.stdout(
      printable(
        `已写出 ${output}：标出 ${report.issues.length} 个问题（错误 ${errors}），见工作表“${copy.resultsSheet}”\n`,
      ),
    );
    if (copy.lost.length > 0)
      io.stderr(
        printable(
          `注意：副本 ${output} 缺少原文件中的 ${copy.lost.join('、')}（本工具写副本时无法保留）；原文件 ${input} 未改动，仍保有这些内容\n`,
        ),
      );
    return exitCode([report]);
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    io.stderr(printable(`${error.message}\n`));
    return 2;
  }
}

function profiles(io: Io): number {
  for (const profile of BUILTIN_PROFILES) {
    const kind = profile.form === 'project' ? '项目支出表' : '部门整体表';
    io.stdout(`${profile.id}\t${kind}\t${profile.name}\n`);
    for (const node of profile.hierarchy)
      io.stdout(`    ${node.name} → ${node.level2.join('、')}\n`);
  }
  return 0;
}

function indicators(args: string[], io: Io): number {
  const { options, positionals } = parseArgs(args, ['--profile', '--format']);
  const format = options['--format'] ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format 只能是 text 或 json，而不是“${format}”`);
  if (positionals.length > 1) throw new UsageError('一次只能给出一个二级指标');
  return listIndicators({ profile: options['--profile'], level2: positionals[0], format }, io);
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(args, io);
      case 'annotate':
        return await annotate(args, io);
      case 'fix': {
        const { options, flags, positionals } = parseArgs(
          args,
          ['--profile', '-o', '--output'],
          ['--force'],
        );
        const output = options['-o'] ?? options['--output'];
        if (positionals.length !== 1 || !output)
          throw new UsageError('fix 需要一个输入文件和 -o 输出文件');
        return await (
          await import('./fix')
        ).fixCommand(
          {
            input: positionals[0],
            output,
            force: flags.has('--force'),
            profiles: resolveProfiles(options['--profile']),
          },
          io,
        );
      }
      case 'generate':
        return await (await import('./generate')).runGenerate(args, io);
      case 'profiles':
        if (args[0] === 'validate')
          return (await import('./profilesValidate')).profilesValidate(
            { files: args.slice(1) },
            io,
          );
        if (args.length > 0)
          throw new UsageError(
            `profiles 不认识“${args[0]}”；检查配置文件请用 profiles validate FILE`,
          );
        return profiles(io);
      case 'rules':
        return listRules(io);
      case 'indicators':
        return indicators(args, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`不认识的命令：${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${printable(error.message)}\n\n${USAGE}`);
      return 2;
    }
    // A bug of ours: say so plainly, without a stack trace for the user.
    io.stderr(
      printable(
        `perf-forms 内部错误：${(error as Error).message ?? String(error)}\n请把此信息和文件报告给开发者。\n`,
      ),
    );
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
