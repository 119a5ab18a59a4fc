/**
 * Reachable from the LAN: `npm run serve:lan` (scripts/serve.mjs --lan) listens on every interface
 * and prints the addresses other computers use, with the firewall port; `npm start` stays on this
 * computer and says how to serve the network. "Every interface" is checked on 127.0.0.2: a server
 * bound to 127.0.0.1 alone refuses it, one bound to 0.0.0.0 answers (no traffic leaves loopback).
 * Node only, no browser: both servers serve the build from the e2e run (ATLAS_OUT_DIR or dist/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { networkInterfaces } from 'node:os';
import { test, expect } from '@playwright/test';
import { freePort } from '../static-server';

const children: ChildProcess[] = [];
test.afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

/** Start scripts/serve.mjs and resolve with what it printed once it says how to stop it. */
function serve(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((done, fail) => {
    const read = (b: Buffer) => {
      out += b.toString();
      if (out.includes('Ctrl+C')) done(out);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`serve.mjs exited (${code}):\n${out}`)));
  });
}

const status = (url: string) =>
  fetch(url).then(
    (r) => r.status,
    () => 'refused',
  );

/** GET with another Host header (fetch would not send it), as a browser typing that name. */
const statusAs = (url: string, host: string) =>
  new Promise<number>((done, fail) =>
    get(url, { headers: { host } }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    }).on('error', fail),
  );

// What other computers can use here: the IPv4 addresses of this machine's network interfaces.
const lanAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
  .map((a) => a!.address);

test('npm run serve:lan listens on every interface and prints the LAN addresses and the port', async () => {
  const port = await freePort();
  const out = await serve(['--lan'], { PORT: String(port) });
  expect(out).toContain(`(0.0.0.0), port ${port}`);
  for (const a of lanAddresses) expect(out).toContain(`http://${a}:${port}/`);
  expect(out).toContain(`TCP port ${port}`);
  expect(await status(`http://127.0.0.1:${port}/`)).toBe(200);
  expect(await status(`http://127.0.0.2:${port}/`)).toBe(200);
  // A computer's name works as well as its address (Vite's Host check is off for the LAN).
  expect(await statusAs(`http://127.0.0.1:${port}/`, `pc-zhang:${port}`)).toBe(200);
});

test('npm start stays on this computer and says how to serve the network', async () => {
  const port = await freePort();
  const out = await serve(['--port', String(port)]);
  expect(out).toContain(`http://localhost:${port}/`);
  expect(out).toContain('npm run serve:lan');
  for (const a of lanAddresses) expect(out).toContain(`http://${a}:${port}/`);
  expect(await status(`http://localhost:${port}/`)).toBe(200);
  expect(await status(`http://127.0.0.2:${port}/`)).toBe('refused');
  // The check is real: on this computer only, Vite refuses a Host it does not know.
  expect(await statusAs(`http://localhost:${port}/`, `pc-zhang:${port}`)).toBe(403);
});
