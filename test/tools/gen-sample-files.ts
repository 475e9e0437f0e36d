// Writes the demo's sample files into public/samples (shipped with the extension):
//   npx tsx test/tools/gen-sample-files.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { masterXlsx, quotePdf } from './sample-files';

const dir = resolve(import.meta.dirname, '../../public/samples');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'sample-quote.pdf'), quotePdf(2));
writeFileSync(resolve(dir, 'sample-suppliers.xlsx'), await masterXlsx());
process.stdout.write(`wrote ${dir}/sample-quote.pdf and sample-suppliers.xlsx\n`);
