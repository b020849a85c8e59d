#!/usr/bin/env node
/**
 * `npm start`: with Excel desktop on this machine (Windows, macOS), serve the add-in on
 * https://localhost:3000 and sideload it into Excel (office-addin-debugging); without it
 * (Linux, or Excel not installed), start the sandbox page instead and print its URL.
 *
 *   npm start [-- --sandbox | --desktop] [--port N]
 *
 * --sandbox / --desktop force a target; --port applies to the sandbox (Office needs 3000,
 * the port manifest.xml names).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');

/** Where Excel desktop installs itself (Microsoft 365 / Office 2016+ click-to-run and MSI, Mac). */
function excelDesktopPath() {
  if (process.platform === 'darwin') {
    const app = '/Applications/Microsoft Excel.app';
    return fs.existsSync(app) ? app : null;
  }
  if (process.platform === 'win32') {
    const programDirs = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(
      Boolean,
    );
    for (const programDir of programDirs) {
      for (const version of ['root\\Office16', 'Office16', 'root\\Office15', 'Office15']) {
        const exe = path.join(programDir, 'Microsoft Office', version, 'EXCEL.EXE');
        if (fs.existsSync(exe)) return exe;
      }
    }
  }
  return null;
}

function runNode(script, args, env = {}) {
  return spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
}

function startSandbox(args, reason) {
  console.log(`${reason}启动沙盒：任务窗格运行在模拟的工作簿上。`);
  const child = runNode(path.join(__dirname, 'sandbox.js'), args);
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

function startDesktop(excel) {
  console.log(
    `找到 Excel：${excel}\n正在构建并在 https://localhost:3000 提供加载项，然后旁加载到 Excel…`,
  );
  const debuggingCli = require.resolve('office-addin-debugging/cli.js');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  // The dev server command office-addin-debugging runs and waits for on port 3000.
  const devServer = `"${process.execPath}" "${webpackCli}" serve --mode development`;
  const child = runNode(
    debuggingCli,
    [
      'start',
      MANIFEST,
      'desktop',
      '--app',
      'excel',
      '--dev-server',
      devServer,
      '--dev-server-port',
      '3000',
    ],
    // Ask webpack.config.js for https with Office's dev certificates (installed on first use).
    { PERF_FORMS_HTTPS: '1' },
  );
  child.on('exit', (code) => {
    if (code) process.exit(code);
    // office-addin-debugging leaves the dev server running detached, as long as Excel needs it.
    console.log('\n加载项已旁加载到 Excel，开发服务器在后台运行（https://localhost:3000）。');
    console.log('停止并卸载：npx office-addin-debugging stop manifest.xml desktop');
  });
}

function main() {
  const args = process.argv.slice(2);
  const forceSandbox = args.includes('--sandbox');
  const forceDesktop = args.includes('--desktop');
  const passThrough = args.filter((arg) => arg !== '--sandbox' && arg !== '--desktop');
  if (forceSandbox) return startSandbox(passThrough, '');
  const excel = excelDesktopPath();
  if (excel || forceDesktop) return startDesktop(excel ?? '（按 --desktop 指定）');
  return startSandbox(passThrough, '未检测到 Excel 桌面版，');
}

main();
