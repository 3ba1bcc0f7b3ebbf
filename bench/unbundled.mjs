// snipgen's CLI from its compiled modules rather than the bundle: `node unbundled.mjs <dist/src/cli.js> <args>`,
// to show what the bundle saves at start-up (benchmark (c)).
import { pathToFileURL } from 'node:url';

const { main } = await import(pathToFileURL(process.argv[2]).href);
process.exitCode = await main(process.argv.slice(3));
