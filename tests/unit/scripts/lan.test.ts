import { describe, expect, it } from 'vitest';
import { lanHint, lanUrls } from '../../../scripts/lan.mjs';

const createAddress = (address: string, family: string | number = 'IPv4', internal = false) => ({
  address,
  family,
  internal,
});

describe('lanUrls', () => {
  it.each([
    [{}, []],
    [{ lo: [createAddress('127.0.0.1', 'IPv4', true)] }, []],
    [
      { eth0: [createAddress('192.168.1.23'), createAddress('fe80::1', 'IPv6')] },
      [{ name: 'eth0', url: 'http://192.168.1.23:4173/' }],
    ],
    // Link-local: the interface has no network.
    [{ wlan0: [createAddress('169.254.10.2')] }, []],
    // Node 18.0–18.3 gave the family as a number.
    [{ eth0: [createAddress('10.0.0.5', 4)] }, [{ name: 'eth0', url: 'http://10.0.0.5:4173/' }]],
    [
      { 以太网: [createAddress('10.1.2.3')], WLAN: [createAddress('172.16.0.9')], x: undefined },
      [
        { name: '以太网', url: 'http://10.1.2.3:4173/' },
        { name: 'WLAN', url: 'http://172.16.0.9:4173/' },
      ],
    ],
  ])('%j → %j', (interfaces, urls) => {
    expect(lanUrls(interfaces, 4173)).toEqual(urls);
  });
});

describe('lanHint', () => {
  const urls = [{ name: 'eth0', url: 'http://192.168.1.23:8080/' }];

  it('npm start: says it serves this computer only, and how to serve the network', () => {
    const text = lanHint({ lan: false, port: 8080, urls }).join('\n');
    expect(text).toContain('this computer only');
    expect(text).toContain('npm run serve:lan');
    expect(text).toContain('http://192.168.1.23:8080/');
  });

  it('serve:lan: the addresses, the firewall port and how to change it', () => {
    const text = lanHint({ lan: true, port: 8080, urls }).join('\n');
    expect(text).toContain('http://192.168.1.23:8080/   (eth0)');
    expect(text).toContain('TCP port 8080');
    expect(text).toContain('PORT=');
  });

  it.each([true, false])('lan=%s: says so when there is no network address', (lan) => {
    expect(lanHint({ lan, port: 4173, urls: [] }).join('\n')).toContain('no network address');
  });
});
