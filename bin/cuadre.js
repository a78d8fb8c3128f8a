#!/usr/bin/env node
// The compiled CLI (npm ci runs `prepare`, which builds lib/ with tsc).
require('../lib/src/cli/index.js');
