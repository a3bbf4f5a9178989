#!/usr/bin/env node
// pledgecard's executable: hands the arguments to main() and exits with the code it returns. main() is the bundled
// command line (npm run build writes dist/bundle/), which loads each part only when a command needs it.
import module from 'node:module';

// Node 22.1 and later can keep V8's compiled code between runs (in the system's temp folder); Node 20 cannot.
module.enableCompileCache?.();
const { main } = await import('../dist/bundle/main.js');

process.exitCode = await main(process.argv.slice(2));
