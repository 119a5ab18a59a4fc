/**
 * The nginx recipe's Content-Security-Policy is index.html's, in every location that sends it (the
 * e2e test serves it with a real nginx; this one runs where nginx is not installed too).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const conf = readFileSync('deploy/nginx/reform-atlas.conf', 'utf8');
const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync('index.html', 'utf8'),
)![1];

describe('deploy/nginx/reform-atlas.conf', () => {
  const headers = [...conf.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)];

  it('sends the CSP of index.html in both of its locations', () => {
    expect(headers).toHaveLength(2);
    for (const h of headers) expect(h[1]).toBe(meta);
  });

  it('names one sub-path and one folder throughout', () => {
    const paths = new Set(conf.match(/\/tools\/[\w-]+\//g));
    const folders = new Set(conf.match(/\/var\/www\/[\w-]+\//g));
    expect([...paths]).toEqual(['/tools/reform-atlas/']);
    expect([...folders]).toEqual(['/var/www/reform-atlas/']);
  });
});
