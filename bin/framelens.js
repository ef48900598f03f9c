#!/usr/bin/env node
"use strict";
let cli;
try {
  // V8 settings first, before any of framelens' code is loaded (see src/cli/v8-flags.ts).
  require("../dist/cli/v8-flags").applyCliV8Flags();
  cli = require("../dist/cli/main");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error("framelens is not built yet: run `npm run build` (or `npm run analyze`) in the framelens folder first");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => process.exit(code));
