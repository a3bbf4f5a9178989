#!/usr/bin/env node
// pledgecard's executable: hands the arguments to main() and exits with the code it returns.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
