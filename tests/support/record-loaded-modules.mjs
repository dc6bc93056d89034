// Loaded with `node --import` (through NODE_OPTIONS) by the test that checks
// what the command line loads: writes one JSON line per Node process, with its
// arguments and every module it loaded, to the file named by
// $RECORD_LOADED_MODULES.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  const record = { argv: process.argv, execArgv: process.execArgv, loaded };
  appendFileSync(process.env.RECORD_LOADED_MODULES, `${JSON.stringify(record)}\n`);
});
