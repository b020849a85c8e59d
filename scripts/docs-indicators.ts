/** `npm run docs:indicators`: writes docs/指标库.md from the built-in indicator library. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { libraryMarkdown } from '../src/cli/indicators';

writeFileSync(join(__dirname, '..', 'docs', '指标库.md'), libraryMarkdown());
