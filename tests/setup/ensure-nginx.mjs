#!/usr/bin/env node
// Makes sure nginx is present for the test of the nginx recipe (deploy/nginx/, tests/e2e/deploy-nginx.spec.ts).
// Installs Debian's nginx-light with apt-get when missing and running as root; otherwise says so
// and goes on: that one test is then skipped with the same message, the others run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
if (existsSync(nginx)) process.exit(0);

const command = 'apt-get update && apt-get install -y nginx-light';
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('[ensure-nginx] installing nginx-light with apt-get…');
  try {
    execSync(command, {
      stdio: 'inherit',
      // RUNLEVEL=1: the package must not start a system nginx on port 80; the test runs its own.
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' },
    });
  } catch {
    console.warn('[ensure-nginx] could not install nginx-light: the nginx test will be skipped.');
  }
} else {
  console.warn(
    `[ensure-nginx] nginx is not installed: the test of deploy/nginx/ will be skipped.\n` +
      `To run it, install it once:\n\n  sudo sh -c '${command}'\n`,
  );
}
