/** `tsx bench/make-synthetic.ts 10000 out.csv [seed]` writes a synthetic events file. */
import { writeFileSync } from 'node:fs';
import { syntheticCsv } from './synthetic';

const [n = '10000', out = 'synthetic.csv', seed = '1'] = process.argv.slice(2);
writeFileSync(out, syntheticCsv(Number(n), Number(seed)));
console.log(`wrote ${n} synthetic events to ${out}`);
