#!/usr/bin/env node
"use strict";
let cli;
try {
  cli = require("../dist/cli/main");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error("framelens is not built yet: run `npm run build` (or `npm run analyze`) in the framelens folder first");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => process.exit(code));
