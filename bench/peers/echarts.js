// The usual Chinese dashboard build: Apache ECharts with a geo map (registerMap from GeoJSON) and
// the events as a scatter on a time axis, with its timeline component stepping through the years
// and dataZoom for wheel zoom and drag pan. Animation is off so each change is one frame.
import * as echarts from '/vendor/echarts.esm.min.mjs';
import { afterPaint, loadAll, markReady } from './common.js';

const { events, meta, geo } = await loadAll(true);
echarts.registerMap('china', geo);
const mapChart = echarts.init(document.getElementById('map'));
const tlChart = echarts.init(document.getElementById('timeline'));
// "Painted" = both charts have finished rendering (progressive scatter included) since the action.
// ECharts may finish synchronously inside setOption, so listen first.
const finished = { map: false, tl: false };
mapChart.on('finished', () => (finished.map = true));
tlChart.on('finished', () => (finished.tl = true));
const typeIndex = new Map(meta.types.map((t, i) => [t.id, i]));
const colours = meta.types.map((t) => t.colour);
const byId = new Map(events.map((e) => [e.id, e]));
const years = [...new Set(events.map((e) => new Date(e.t0).getUTCFullYear()))].sort();

let types = [];
let selected = null;
const shown = () => (types.length ? events.filter((e) => types.includes(e.type)) : events);

function mapData() {
  const counts = new Map();
  for (const e of shown()) for (const p of e.provinces) counts.set(p, (counts.get(p) || 0) + 1);
  const lit = new Set(selected ? selected.provinces : []);
  return Object.keys(meta.provinces).map((code) => ({
    name: code,
    value: counts.get(code) || 0,
    selected: lit.has(code),
  }));
}
const points = () => shown().map((e) => [e.t0, typeIndex.get(e.type), e.id]);
const selPoint = () => (selected ? [[selected.t0, typeIndex.get(selected.type), selected.id]] : []);

function maxCount(data) {
  return data.reduce((m, d) => Math.max(m, d.value), 1);
}

const first = mapData();
mapChart.setOption({
  animation: false,
  tooltip: { trigger: 'item' },
  visualMap: {
    min: 0,
    max: maxCount(first),
    left: 20,
    bottom: 20,
    inRange: { color: ['#e8edf2', '#1f3b5c'] },
    seriesIndex: 0,
  },
  series: [
    {
      id: 'map',
      type: 'map',
      map: 'china',
      nameProperty: 'adcode',
      roam: false,
      selectedMode: 'multiple',
      label: { show: true, fontSize: 11, formatter: (p) => meta.provinces[p.name] || '' },
      select: { itemStyle: { areaColor: '#b3261e' } },
      data: first,
    },
  ],
});
tlChart.setOption({
  animation: false,
  tooltip: { trigger: 'item', formatter: (p) => byId.get(p.value[2])?.title ?? '' },
  timeline: {
    axisType: 'category',
    data: years.map(String),
    autoPlay: false,
    top: 0,
    left: 140,
    right: 20,
    height: 36,
    label: { interval: 4 },
  },
  grid: { top: 50, left: 140, right: 20, bottom: 50 },
  xAxis: { type: 'time' },
  yAxis: { type: 'category', data: meta.types.map((t) => t.zh), inverse: true },
  dataZoom: [
    { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
    { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, filterMode: 'none' },
  ],
  series: [
    {
      id: 'events',
      type: 'scatter',
      symbolSize: 8,
      data: points(),
      itemStyle: { color: (p) => colours[p.value[1]] },
    },
    {
      id: 'selected',
      type: 'scatter',
      symbolSize: 14,
      z: 10,
      data: [],
      itemStyle: { color: '#b3261e', borderColor: '#5c1410', borderWidth: 2 },
    },
  ],
});

const reset = () => {
  finished.map = false;
  finished.tl = false;
};
const done = () => finished.map && finished.tl;

(async function ready() {
  while (!done()) await afterPaint();
  markReady(['peer:timeline-interactive', 'peer:map-idle']);
})();

function pushMap() {
  const data = mapData();
  mapChart.setOption({ visualMap: { max: maxCount(data) }, series: [{ id: 'map', data }] });
}

window.__peer = {
  zoomTarget: '#timeline',
  select(id) {
    reset();
    selected = byId.get(id) || null;
    pushMap();
    tlChart.setOption({ series: [{ id: 'selected', data: selPoint() }] });
  },
  selectDone: done,
  filter(next) {
    reset();
    types = next;
    pushMap();
    tlChart.setOption({ series: [{ id: 'events', data: points() }] });
  },
  filterDone: done,
  viewSignature: () => JSON.stringify(tlChart.getOption().dataZoom?.[0]?.start ?? ''),
  finished,
};
