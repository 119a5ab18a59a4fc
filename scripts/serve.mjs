#!/usr/bin/env node
/**
 * Serves the production build (dist/, or ATLAS_OUT_DIR) with Vite's preview server.
 *   node scripts/serve.mjs           http://localhost:4173, this computer only (npm start)
 *   node scripts/serve.mjs --lan     every network interface, 0.0.0.0:4173 (npm run serve:lan)
 * Another port: --port 8080, or PORT=8080. Prints the addresses other computers can use.
 */
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { lanHint, lanUrls } from './lan.mjs';

const { values } = parseArgs({
  options: { lan: { type: 'boolean', default: false }, port: { type: 'string' } },
});
const port = Number(values.port ?? process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Not a port: ${values.port ?? process.env.PORT}`);
  process.exit(1);
}
const lan = values.lan;

const server = await preview({
  logLevel: 'warn',
  preview: {
    port,
    strictPort: true,
    host: lan ? '0.0.0.0' : undefined,
    // On the network people may type the computer's name (http://pc-zhang:4173/); the Host check
    // that guards dev servers against DNS rebinding protects nothing here: these files are public.
    allowedHosts: lan ? true : undefined,
  },
});
const { outDir } = server.config.build;
const listening = server.httpServer.address();
const where = typeof listening === 'object' && listening ? listening.address : '?';
console.log(
  lan
    ? `\n  Reform Atlas (${outDir}/) on every network interface (${where}), port ${port}`
    : `\n  Reform Atlas (${outDir}/): http://localhost:${port}/`,
);
if (lan) console.log(`  This computer: http://localhost:${port}/`);
for (const line of lanHint({ lan, port, urls: lanUrls(networkInterfaces(), port) }))
  console.log(line);
console.log('  Ctrl+C stops it.\n');
