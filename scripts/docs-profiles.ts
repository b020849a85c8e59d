/** `npm run docs:profiles`: writes docs/配置说明.md from the profile schema. */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { PROFILE_DOC_EXAMPLE, profilesMarkdown } from '../src/engine/profiles/doc';

const root = join(__dirname, '..');
writeFileSync(
  join(root, 'docs', '配置说明.md'),
  profilesMarkdown(readFileSync(join(root, PROFILE_DOC_EXAMPLE), 'utf8')),
);
