// Builds the Excel add-in: the task pane (React) and the commands page the manifest names.
//
//   npm run build       production build in dist/, manifest rewritten to ADDIN_URL
//   npm run build:dev   development build in dist/
//   npm run dev-server  https://localhost:3000 with office-addin-dev-certs certificates
//
// Environment:
//   ADDIN_URL   where dist/ is served in production (https://…/); dist/manifest.xml points there
//   OFFICE_JS   `cdn`, the only choice: Office.js always comes from Microsoft's CDN (a local copy of
//               @microsoft/office-js lags behind the hosts: docs/taskpane.md)
//   CERT_DIR    folder for the dev server's certificates (see httpsOptions below)
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { PaneSizeBudget } = require('./webpack/size-budget');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const officeJs = officeJsSource(process.env.OFFICE_JS);
  const addinUrl = production ? productionUrl(process.env.ADDIN_URL) : DEV_URL;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // chunk-imports.split.ts names modules as Node's ESM resolution wants them, `./x.js` for x.ts.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: path.resolve(__dirname, 'src/taskpane/tsconfig.json'), onlyCompileBundledFiles: true },
          },
        },
        // The pane's own makeStyles compiled ahead of time into __styles (then extracted below like
        // Fluent's). It runs after ts-loader, on JavaScript; Babel's TypeScript preset is there for
        // the modules it evaluates (a style that imports a constant from a .ts file).
        ...(production
          ? [
              {
                test: /\.tsx?$/,
                exclude: /node_modules/,
                enforce: 'post',
                use: [
                  { loader: GriffelCSSExtractionPlugin.loader },
                  { loader: '@griffel/webpack-loader', options: { babelOptions: { presets: ['@babel/preset-typescript'] } } },
                ],
              },
            ]
          : []),
        // The theme's values computed at build time (the loader's comment says why).
        ...(production
          ? [{ test: /src[\\/]taskpane[\\/]theme\.ts$/, enforce: 'post', use: { loader: path.resolve(__dirname, 'webpack/static-theme-loader.js') } }]
          : []),
        // Fluent UI ships its styles precomputed (Griffel's ahead-of-time __styles): the extraction
        // plugin moves them into a CSS file, so the pane no longer carries them as JavaScript.
        {
          test: /\.m?js$/,
          include: /node_modules[\\/]@fluentui/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    optimization: {
      // Tree shaking relies on the packages' own `sideEffects: false` (Fluent UI declares it).
      sideEffects: true,
      usedExports: true,
      // Each later chunk whole (its packages inside it): two files rather than four, which gzip better.
      splitChunks: { cacheGroups: { defaultVendors: false, default: false } },
    },
    performance: { hints: false }, // the gzipped budgets of webpack/size-budget.js are the ones that count
    plugins: [
      ...styleExtraction(),
      ...laterChunks(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: officeJs.url },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs: officeJs.url },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(addinUrl),
          },
          ...officeJs.copy,
        ],
      }),
      ...(production ? [new PaneSizeBudget('taskpane')] : []),
      ...(production && process.env.ADDIN_URL === undefined
        ? [
            new Warn(
              `ADDIN_URL is not set: dist/manifest.xml still points at ${DEV_URL}. Set ADDIN_URL=https://<server>/<path>/ before deploying (docs/taskpane.md).`,
            ),
          ]
        : []),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions(process.env.CERT_DIR) },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

/**
 * Where taskpane.html and commands.html load Office.js from. Only the CDN: the npm copy
 * (@microsoft/office-js 1.1.110) gates APIs only up to ExcelApi 1.15, has no notes collection and
 * ignores mergeUndoGroup, so on a current Excel notes would fail and undo grouping silently stop.
 */
function officeJsSource(choice = 'cdn') {
  if (choice === 'cdn') return { url: OFFICE_JS_CDN, copy: [] };
  throw new Error(
    `OFFICE_JS=${choice} is not supported: Office.js must come from Microsoft's CDN (a local copy of @microsoft/office-js lags behind Excel; see docs/taskpane.md).`,
  );
}

/** ADDIN_URL as the manifest needs it: HTTPS, ending in a slash. */
function productionUrl(value) {
  if (value === undefined) return DEV_URL;
  const url = new URL(value);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be an https:// address (Office loads add-ins over HTTPS only), not "${value}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Certificates for https://localhost:3000.
 * - Windows and macOS without CERT_DIR: the shared certificates of office-addin-dev-certs
 *   (~/.office-addin-dev-certs), installed and trusted on first use; `npm start` uses the same.
 * - Linux, or CERT_DIR set: certificates generated by office-addin-dev-certs into CERT_DIR
 *   (default .cert/, git-ignored), without sudo; trust CERT_DIR/ca.crt in the browser yourself.
 */
async function httpsOptions(certDir) {
  const devCerts = require('office-addin-dev-certs');
  if (certDir === undefined && process.platform !== 'linux') return devCerts.getHttpsServerOptions();
  const folder = path.resolve(__dirname, certDir ?? '.cert');
  const files = { ca: path.join(folder, 'ca.crt'), cert: path.join(folder, 'localhost.crt'), key: path.join(folder, 'localhost.key') };
  if (!Object.values(files).every((f) => fs.existsSync(f)) || expiresSoon(files.cert)) {
    Object.values(files).forEach((f) => fs.rmSync(f, { force: true }));
    await devCerts.generateCertificates(files.ca, files.cert, files.key, 30);
    console.log(`Dev certificates written to ${folder}. Trust ${files.ca} as a certificate authority in your browser to load https://localhost:${DEV_PORT}.`);
  }
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

function expiresSoon(certificateFile) {
  const validTo = Date.parse(new crypto.X509Certificate(fs.readFileSync(certificateFile)).validTo);
  return validTo - Date.now() < 24 * 60 * 60 * 1000;
}

/** Fluent's precomputed styles extracted to CSS at build time (the playground's build uses them too). */
function styleExtraction() {
  // ignoreOrder: the Griffel plugin moves every extracted rule into one stylesheet and sorts it by
  // Griffel's own buckets, so the order mini-css-extract warns about between chunks is not used.
  return [new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }), new GriffelCSSExtractionPlugin()];
}
module.exports.styleExtraction = styleExtraction;

/** The pane's later chunks (src/taskpane/chunk-imports.split.ts in place of chunk-imports.ts; the playground's build too). */
function laterChunks() {
  return [new (require('webpack').NormalModuleReplacementPlugin)(/^\.\/chunk-imports$/, './chunk-imports.split.ts')];
}
module.exports.laterChunks = laterChunks;

/** Adds one warning to the build's output. */
class Warn {
  constructor(message) {
    this.message = message;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('Warn', (compilation) => compilation.warnings.push(new Error(this.message)));
  }
}
