#!/usr/bin/env node
// The command line runs the compiled engine (npm install builds it through the prepare script).
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('perf-forms 尚未编译：请在项目目录运行 npm install（或 npm run build:cli）。\n');
  process.exit(2);
}
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
