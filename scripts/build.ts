/**
 * `npm run build`: the deployment kit (tools/deploy.ts) for a bureau's server.
 *
 *   npm run build -- --base-url https://host/path/ [--office-js local] [--id GUID] [--out DIR]
 */
import path from 'path';
import { build, BuildUsageError, parseBuildArgs, type BuildOptions } from '../tools/deploy';

async function main(): Promise<void> {
  let options: BuildOptions;
  try {
    options = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BuildUsageError)) throw error;
    console.error(
      `${error.message}\n用法：npm run build -- --base-url https://服务器/路径/ [--office-js local] [--id GUID]`,
    );
    process.exit(2);
  }
  console.log(
    `正在构建加载项（${options.baseUrl}，office.js：${options.officeJs === 'local' ? '随构建提供' : '微软 CDN'}）…`,
  );
  try {
    const manifestPath = await build(options);
    const rel = (file: string) => path.relative(process.cwd(), file) || '.';
    console.log(`✓ 网页：${rel(path.join(options.outDir, 'web'))}/ → 部署到 ${options.baseUrl}`);
    console.log(`✓ 清单：${rel(manifestPath)}（离线校验通过）`);
  } catch (error) {
    console.error(`构建失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
