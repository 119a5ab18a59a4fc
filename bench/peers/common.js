// Shared by the peer pages: load the same files the app reads, the same way a dashboard would
// (CSV parsed with Papa Parse in the page, the boundaries as GeoJSON), and the frame helper.
/* global Papa */

export const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** `partial('1985-03')` → Date.UTC(1985, 2, 1); `partial('1985', true)` → start of 1986. */
function partial(s, end = false) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s.trim());
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 0;
  const d = m[3] ? Number(m[3]) : 1;
  if (!end) return Date.UTC(y, mo, d);
  if (m[3]) return Date.UTC(y, mo, d + 1);
  if (m[2]) return Date.UTC(y, mo + 1, 1);
  return Date.UTC(y + 1, 0, 1);
}

async function get(path, kind) {
  const res = await fetch('/' + path);
  if (!res.ok) throw new Error(path + ': HTTP ' + res.status);
  return kind === 'json' ? res.json() : res.text();
}

/** The events named by `?csv=`, with their provinces resolved, plus the meta table and the map. */
export async function loadAll(withGeo) {
  const csv = new URLSearchParams(location.search).get('csv') || 'bench-data/events-real.csv';
  const [text, meta, geo] = await Promise.all([
    get(csv, 'text'),
    get('bench-data/meta.json', 'json'),
    withGeo ? get('bench-data/china.geo.json', 'json') : null,
  ]);
  const rows = Papa.parse(text, { header: true, skipEmptyLines: 'greedy' }).data;
  const events = rows.map((r) => {
    const provinces = new Set();
    for (const t of (r.regions || '').split(/[;；]/)) {
      for (const p of meta.regionProvinces[t.trim()] || []) provinces.add(p);
    }
    const t0 = partial(r.date_start);
    return {
      id: r.id,
      title: r.title_zh,
      type: r.type,
      t0,
      t1: r.date_end ? partial(r.date_end, true) : t0,
      span: !!r.date_end,
      provinces: [...provinces],
    };
  });
  return { events, meta, geo };
}

/** Mark both milestones once the first frame with everything drawn has been painted. */
export function markReady(names) {
  afterPaint().then(() => {
    for (const n of names) performance.mark(n);
    document.body.classList.add('peer-ready');
  });
}
