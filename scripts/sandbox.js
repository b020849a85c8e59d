#!/usr/bin/env node
/**
 * `npm run sandbox`: builds the web pages (webpack) and serves the sandbox page until stopped.
 *
 *   node scripts/sandbox.js [--port N] [--no-build]
 *
 * Port: --port, else PORT, else 3000. --no-build serves dist/web as it is (it must exist).
 * What it serves and answers: tools/sandboxServer.js.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { projectHandlers } = require('../tools/sandboxServer.js');

const ROOT = path.join(__dirname, '..');
const DEFAULT_PORT = 3000;

async function build() {
  const webpack = require('webpack');
  const config = await require('../webpack.config.js')({}, { mode: 'production' });
  console.log('正在构建页面（webpack）… / building pages…');
  const stats = await new Promise((resolve, reject) => {
    webpack(config).run((error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) {
    console.error(
      '构建失败 / build failed:\n' + stats.toString({ all: false, errors: true, colors: false }),
    );
    process.exit(1);
  }
}

function parseArgs(argv) {
  const options = { port: Number(process.env.PORT) || DEFAULT_PORT, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice('--port='.length) : argv[++i];
      options.port = Number(value);
      if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535) {
        console.error(`端口无效 / invalid port: ${value}`);
        process.exit(2);
      }
    } else {
      console.error(
        `未知参数 / unknown argument: ${arg}\n用法 / usage: node scripts/sandbox.js [--port N] [--no-build]`,
      );
      process.exit(2);
    }
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await build();
  else if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'sandbox.html'))) {
    console.error(
      'dist/web/sandbox.html 不存在，请去掉 --no-build 先构建。 / not built yet: drop --no-build.',
    );
    process.exit(1);
  }
  const server = http.createServer(projectHandlers.handleRequest);
  server.on('error', (error) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `端口 ${options.port} 已被占用，可用 --port 换一个`
        : error.message;
    console.error(`沙盒无法启动 / cannot start: ${reason}`);
    process.exit(1);
  });
  server.listen(options.port, 'localhost', () => {
    console.log(
      `沙盒已启动 / sandbox running: http://localhost:${options.port}/sandbox.html  (Ctrl+C 停止)`,
    );
  });
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`沙盒无法启动 / cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
