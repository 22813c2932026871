#!/usr/bin/env node
// The command is compiled to lib/ by `npm ci` (the package's prepare script).
"use strict";
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
