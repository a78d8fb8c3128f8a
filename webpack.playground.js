// Builds the browser playground (src/playground/): the production task pane beside the in-memory
// Excel loaded with the sample, for trying the add-in without Excel.
//
//   npm run preview   production build in dist-playground/, served on http://127.0.0.1:$PORT/ (3001)
//
// It is the add-in's build (webpack.config.js: loaders, mode, tree shaking) with another entry
// and page; nothing of Office.js, the manifest or the HTTPS dev server.
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const addin = require('./webpack.config.js');

module.exports = async (env, argv) => {
  const base = await addin(env, argv);
  return {
    ...base,
    entry: { playground: './src/playground/index.tsx' },
    output: { ...base.output, path: path.resolve(__dirname, 'dist-playground') },
    plugins: [
      ...addin.styleExtraction(),
      ...addin.laterChunks(),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/playground.html' }),
    ],
    devServer: undefined,
  };
};
