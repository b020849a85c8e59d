/** `npm run examples`: writes examples/*.xlsx from examples/source/*.json (tools/examples.ts). */
import * as path from 'path';
import { listExampleNames, writeExample } from '../tools/examples';

async function main(): Promise<void> {
  for (const name of listExampleNames()) {
    const target = await writeExample(name);
    console.log(`已生成 ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
