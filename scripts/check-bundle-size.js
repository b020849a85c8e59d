/**
 * Prints the size of check.html's scripts after `webpack --mode production` (raw and gzip: what
 * an officer's browser loads from the bureau's server): those the page names and the chunks its
 * webpack runtime loads on demand (the .xls/.ods reader, fetched while the page loads). Fails if
 * they carry the sandbox or the Office host, which that page never runs (read from the source
 * maps' module lists).
 *
 *   node scripts/check-bundle-size.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const WEB_DIR = path.join(__dirname, '..', 'dist', 'web');
/** Modules the check page must not bundle: the simulated Excel and the Office.js host. */
const UNUSED = [
  /\/src\/sandbox\//,
  /\/src\/addin\/(host|commands)\//,
  /\/src\/addin\/controller\.ts$/,
];

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const html = fs.readFileSync(path.join(WEB_DIR, 'check.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => match[1]);
if (scripts.some((src) => /office\.js/.test(src))) throw new Error('check.html 不应加载 office.js');
/** The runtime's map of on-demand chunks: n.u=e=>e+"."+{451:"4c9d6128"}[e]+".js". */
const entry = scripts.find((src) => src.startsWith('check.'));
const runtime = fs.readFileSync(path.join(WEB_DIR, entry), 'utf8');
const onDemand = [
  ...(/\{((?:\d+:"[0-9a-f]+",?)+)\}\[\w+\]\+"\.js"/.exec(runtime)?.[1] ?? '').matchAll(
    /(\d+):"([0-9a-f]+)"/g,
  ),
].map(([, id, hash]) => `${id}.${hash}.js`);

let raw = 0;
let gzip = 0;
const unused = [];
function measure(src) {
  const file = path.join(WEB_DIR, src);
  const code = fs.readFileSync(file);
  const zipped = zlib.gzipSync(code).length;
  raw += code.length;
  gzip += zipped;
  console.log(
    `  ${src.padEnd(40)} ${kib(code.length).padStart(12)}  gzip ${kib(zipped).padStart(10)}`,
  );
  const map = `${file}.map`;
  if (fs.existsSync(map))
    for (const source of JSON.parse(fs.readFileSync(map, 'utf8')).sources)
      if (UNUSED.some((pattern) => pattern.test(source))) unused.push(source);
}
console.log('check.html 的脚本：');
scripts.forEach(measure);
console.log('按需加载（页面加载时即取）：');
onDemand.forEach(measure);
const count = scripts.length + onDemand.length;
console.log(`  合计 ${kib(raw)}，gzip ${kib(gzip)}（${count} 个文件）`);
if (unused.length > 0) {
  console.error(`check.html 带上了它不用的代码：\n  ${unused.join('\n  ')}`);
  process.exit(1);
}
