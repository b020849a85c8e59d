/**
 * Builds the two web pages into dist/web (dist/ itself also holds the compiled CLI):
 * - taskpane.html: the add-in page Office loads (task pane + ribbon functions, one shared runtime);
 * - sandbox.html: the same task pane beside an editable grid of the simulated workbook, no office.js.
 * `webpack serve` serves them on https://localhost:3000 when Office dev certificates exist (or
 * PERF_FORMS_HTTPS=1 asks to install them), else on http for the sandbox.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OUTPUT_DIR = path.join(__dirname, 'dist', 'web');
const DEV_SERVER_PORT = Number(process.env.PORT) || 3000;

/** Office dev certificates (office-addin-dev-certs, installed with office-addin-debugging). */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const {
    localhostCertificatePath,
    localhostKeyPath,
  } = require('office-addin-dev-certs/lib/defaults');
  const installed = fs.existsSync(localhostCertificatePath) && fs.existsSync(localhostKeyPath);
  if (!installed && process.env.PERF_FORMS_HTTPS !== '1') return null;
  return devCerts.getHttpsServerOptions();
}

/** One entry's page: the shared shell (src/page.html) with its title and head elements. */
function page(entry, { title, head }) {
  return new HtmlWebpackPlugin({
    filename: `${entry}.html`,
    template: './src/page.html',
    chunks: [entry],
    title,
    head,
  });
}

module.exports = async (_env, argv) => {
  const production = argv.mode === 'production';
  const serving = process.argv.includes('serve');
  const https = serving ? await httpsOptions() : null;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
      sandbox: './src/sandbox/page/index.tsx',
      check: './src/web/check/index.tsx',
    },
    output: {
      path: OUTPUT_DIR,
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // src/formats inflates with Node's zlib; check.html reads files in the browser.
      fallback: { zlib: path.join(__dirname, 'src', 'web', 'zlibInflate.ts') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
    plugins: [
      page('taskpane', {
        title: '绩效目标申报助手',
        // Office requires office.js from its CDN; it is the page's only network dependency.
        head: '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      }),
      page('sandbox', {
        title: '绩效目标申报助手 · 沙盒',
        head: '<link rel="icon" href="assets/icon-32.png" />',
      }),
      // The officers' check page (no Excel needed): no office.js, no request once loaded.
      page('check', {
        title: '绩效目标申报表检查 · 网页版',
        // An empty icon in place: the browser would otherwise fetch one at any time.
        head: '<link rel="icon" href="data:," />',
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
    devServer: {
      host: 'localhost',
      port: DEV_SERVER_PORT,
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
      setupMiddlewares: (middlewares) => {
        // The sandbox page asks the server to turn .xlsx files into snapshots.
        const { handleApiRequest } = require('./scripts/sandbox.js');
        middlewares.unshift({ name: 'perf-forms-api', path: '/api', middleware: handleApiRequest });
        return middlewares;
      },
    },
  };
};
