/**
 * The addresses other computers of the network can use to reach this one.
 * `lanUrls({ eth0: [{ family: 'IPv4', address: '192.168.1.23', internal: false }] }, 4173)`
 * → `[{ name: 'eth0', url: 'http://192.168.1.23:4173/' }]`.
 * IPv4 only (what people type), without loopback and link-local (169.254.x.x: no network there).
 *
 * @param {Record<string, { family: string | number; address: string; internal: boolean }[] | undefined>} interfaces
 *   what os.networkInterfaces() returns
 * @param {number} port
 * @returns {{ name: string; url: string }[]}
 */
export function lanUrls(interfaces, port) {
  const out = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    for (const a of addresses ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const v4 = a.family === 'IPv4' || a.family === 4;
      if (!v4 || a.internal || a.address.startsWith('169.254.')) continue;
      out.push({ name, url: `http://${a.address}:${port}/` });
    }
  }
  return out;
}

/**
 * The lines printed under the server's own address: where other computers connect, or how to let
 * them (npm start serves this computer only).
 *
 * @param {{ lan: boolean; port: number; urls: { name: string; url: string }[] }} o
 * @returns {string[]}
 */
export function lanHint({ lan, port, urls }) {
  const list = urls.map((u) => `    ${u.url}   (${u.name})`);
  if (!lan)
    return [
      '  Other computers cannot open this address: it serves this computer only.',
      urls.length
        ? '  To serve the network, run  npm run serve:lan  and they open:'
        : '  This computer has no network address now (no LAN cable or Wi-Fi?).',
      ...list,
    ];
  return [
    urls.length
      ? '  Other computers of the network open:'
      : '  This computer has no network address now (no LAN cable or Wi-Fi?).',
    ...list,
    `  If they cannot connect, allow incoming TCP port ${port} in this computer's firewall.`,
    '  Another port: PORT=8080 npm run serve:lan  (or npm run serve:lan -- --port 8080)',
  ];
}
