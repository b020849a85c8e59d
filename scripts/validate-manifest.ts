/**
 * Validates a manifest offline (tools/manifest.ts says what is checked) and prints the problems.
 *
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml | dist/manifest.xml]
 */
import fs from 'fs';
import path from 'path';
import { checkManifest } from '../tools/manifest';

async function main(): Promise<void> {
  const manifestPath = path.resolve(process.argv[2] ?? 'manifest.xml');
  if (!fs.existsSync(manifestPath)) {
    console.error(`找不到清单文件 / manifest not found: ${manifestPath}`);
    process.exit(2);
  }
  const problems = await checkManifest(manifestPath);
  const name = path.relative(process.cwd(), manifestPath);
  if (problems.length === 0) {
    console.log(`✓ ${name}: 清单有效（离线检查） / manifest valid (offline checks)`);
    return;
  }
  console.error(`✗ ${name}: ${problems.length} 个问题 / problem(s):`);
  for (const problem of problems) console.error(`  - ${problem.message}\n    @ ${problem.where}`);
  process.exit(1);
}

void main();
