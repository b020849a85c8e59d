/** `npm run corpus`: writes examples/corpus/*.xlsx from their JSON (tools/corpus.ts). */
import * as fs from 'fs';
import * as path from 'path';
import { buildExampleWorkbook, withFixedZipTimestamps } from '../tools/examples';
import { CORPUS_DIR, listCorpus, readCorpusEntry } from '../tools/corpus';

async function main(): Promise<void> {
  for (const id of listCorpus()) {
    const workbook = buildExampleWorkbook(readCorpusEntry(id));
    const target = path.join(CORPUS_DIR, `${id}.xlsx`);
    fs.writeFileSync(
      target,
      withFixedZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer())),
    );
    console.log(`已生成 ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
