/** `npm run docs:rules`: writes docs/rules.md from the rules' meta. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { rulesMarkdown } from '../src/cli/rules';

writeFileSync(join(__dirname, '..', 'docs', 'rules.md'), rulesMarkdown());
