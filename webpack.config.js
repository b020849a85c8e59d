/**
 * Builds the two web pages into dist/web (dist/ itself also holds the compiled CLI):
 * - taskpane.html: the add-in page Office loads (task pane + ribbon functions, one shared runtime
 *   where the host has one);
 * - sandbox.html: the same task pane beside an editable grid of the simulated workbook, no office.js.
 * `webpack serve` serves them on https://localhost:3000 when Office dev certificates exist (or
 * PERF_FORMS_HTTPS=1 asks to install them), else on http for the sandbox.
 *
 * env (webpack --env, or scripts/build.ts):
 * - officeJs=local: office.js and the scripts it loads are copied from @microsoft/office-js into
 *   office-js/ and the page loads them from there (intranets without internet); default: Office's CDN;
 * - outputDir: where the pages go (default dist/web).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OUTPUT_DIR = path.join(__dirname, 'dist', 'web');
const DEV_SERVER_PORT = Number(process.env.PORT) || 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where --office-js local puts office.js inside the build, relative to the pages. */
const OFFICE_JS_LOCAL_DIR = 'office-js';
/**
 * office.js loads what a host needs from its own folder: the host's scripts (excel-win32-16.01.js…),
 * its locale strings (zh-cn/office_strings.js…), telemetry and error pages. Everything is copied
 * but debug builds, type definitions and other Office applications' scripts.
 */
const OFFICE_JS_SKIPPED =
  /\.debug\.js$|\.d\.ts$|vsdoc|(^|\/)(access|onenote|outlook|powerpoint|project|visio|word)[^/]*$/;
/**
 * The oldest browsers the bundles are compiled and polyfilled for: Chromium 70 (early WebView2
 * and Edge builds; the 360, 奇安信 and UOS browsers on 信创 machines) and Firefox ESR 115, held
 * to ES2017 syntax (es-check in scripts/build.ts).
 */
const BROWSER_TARGET = { chrome: '70', firefox: '115' };

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

/**
 * One entry's page: the shared shell (src/page.html) with its title, head elements and, for the
 * add-in page, where office.js comes from.
 */
function page(entry, { title, head = '', officeJsSrc = null }) {
  return new HtmlWebpackPlugin({
    filename: `${entry}.html`,
    template: './src/page.html',
    chunks: [entry],
    title,
    head,
    officeJsSrc,
  });
}

/** Copies office.js and what it loads from the @microsoft/office-js package into the build. */
function officeJsCopy() {
  const dist = path.join(
    path.dirname(require.resolve('@microsoft/office-js/package.json')),
    'dist',
  );
  return {
    from: '**/*',
    context: dist,
    to: `${OFFICE_JS_LOCAL_DIR}/[path][name][ext]`,
    // Microsoft's files as published (already minified): Terser would spend minutes on them.
    info: { minimized: true },
    filter: (file) => !OFFICE_JS_SKIPPED.test(path.relative(dist, file).split(path.sep).join('/')),
  };
}

/**
 * Babel for every module, the project's TypeScript (after ts-loader) and node_modules alike:
 * vendor code ships class fields, `??=` and static blocks that Chromium 70 cannot parse.
 * core-js adds the library functions the code uses and the target lacks.
 */
const babel = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    sourceType: 'unambiguous',
    cacheDirectory: true,
    // Terser minifies the bundle anyway; Babel need not pretty-print megabytes of icons first.
    compact: true,
    presets: [
      [
        '@babel/preset-env',
        {
          targets: BROWSER_TARGET,
          // ES2018+ syntax Chromium 70 would parse but ES2017 forbids (object spread, regex flags).
          include: [
            '@babel/plugin-transform-object-rest-spread',
            '@babel/plugin-transform-async-generator-functions',
            '@babel/plugin-transform-dotall-regex',
            '@babel/plugin-transform-named-capturing-groups-regex',
            '@babel/plugin-transform-unicode-property-regex',
            '@babel/plugin-transform-optional-catch-binding',
          ],
          useBuiltIns: 'usage',
          corejs: require('core-js/package.json').version,
        },
      ],
    ],
  },
};

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = process.argv.includes('serve');
  const https = serving ? await httpsOptions() : null;
  const localOfficeJs = env.officeJs === 'local';

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
      sandbox: './src/sandbox/page/index.tsx',
      check: './src/web/check/index.tsx',
    },
    // webpack's own runtime code, held to the same syntax as the modules.
    target: ['web', 'es2017'],
    output: {
      path: env.outputDir ? path.resolve(env.outputDir) : OUTPUT_DIR,
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            babel,
            {
              loader: 'ts-loader',
              // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
              options: {
                transpileOnly: true,
                compilerOptions: { module: 'es2020', target: 'es2022', sourceMap: true },
              },
            },
          ],
        },
        {
          test: /\.[cm]?js$/,
          include: /node_modules/,
          // core-js is the polyfills themselves; webpack must not rewrite them into themselves.
          exclude: /node_modules[\\/]core-js/,
          use: babel,
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
    plugins: [
      page('taskpane', {
        title: '绩效目标申报助手',
        // office.js from Office's CDN (the page's only network dependency), or from the build.
        officeJsSrc: localOfficeJs ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
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
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          ...(localOfficeJs ? [officeJsCopy()] : []),
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: DEV_SERVER_PORT,
      // Requests naming another host (DNS rebinding) are refused: the server answers this machine only.
      allowedHosts: ['localhost', '127.0.0.1'],
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
      setupMiddlewares: (middlewares) => {
        // The sandbox page asks the server to turn .xlsx files into snapshots.
        const { projectHandlers } = require('./tools/sandboxServer.js');
        middlewares.unshift({
          name: 'perf-forms-api',
          path: '/api',
          middleware: projectHandlers.handleApiRequest,
        });
        return middlewares;
      },
    },
  };
};
