// The same events in vis-timeline: one group (lane) per reform type, a point or range per event,
// no stacking (like the app's lanes), the whole period in view. Filters go through a DataView.
import { DataSet, DataView, Timeline } from '/vendor/vis-timeline-graph2d.min.mjs';
import { afterPaint, loadAll, markReady } from './common.js';

const { events, meta } = await loadAll(false);
const colour = new Map(meta.types.map((t) => [t.id, t.colour]));
const items = new DataSet(
  events.map((e) => ({
    id: e.id,
    group: e.type,
    content: '',
    title: e.title,
    start: new Date(e.t0),
    ...(e.span ? { end: new Date(e.t1), type: 'range' } : { type: 'point' }),
    style: `border-color: ${colour.get(e.type)}; background-color: ${colour.get(e.type)}`,
  })),
);
let types = [];
const view = new DataView(items, { filter: (it) => !types.length || types.includes(it.group) });
const groups = new DataSet(meta.types.map((t, i) => ({ id: t.id, content: t.zh, order: i })));
const t0 = events.reduce((m, e) => Math.min(m, e.t0), Infinity);
const t1 = events.reduce((m, e) => Math.max(m, e.t1), -Infinity);
// A 1 % margin each side, so the first and last marks are not cut by the panel's edge.
const pad = (t1 - t0) / 100;
const timeline = new Timeline(document.getElementById('timeline'), view, groups, {
  stack: false,
  start: new Date(t0 - pad),
  end: new Date(t1 + pad),
  height: '100%',
  selectable: true,
  showCurrentTime: false,
  zoomMin: 86_400_000 * 7,
  // Every lane in the panel, like our app: vis-timeline draws only the lanes inside its height (a
  // lane scrolled out of view has none of its items in the DOM, so they cannot show as selected),
  // and with its default margins the 11 lanes need more than the 34vh panel at 1920×1080.
  // Smaller margins here and the 13 px type in vis.html (the app's lane-label size) make them fit.
  margin: { item: { horizontal: 10, vertical: 2 }, axis: 2 },
});

let changed = false;
timeline.on('changed', () => (changed = true));
(async function ready() {
  while (!changed) await afterPaint();
  markReady(['peer:timeline-interactive']);
})();

window.__peer = {
  zoomTarget: '#timeline .vis-center',
  select(id) {
    changed = false;
    timeline.setSelection(id);
  },
  selectDone: (id) =>
    timeline.getSelection()[0] === id && !!document.querySelector('.vis-item.vis-selected'),
  filter(next) {
    changed = false;
    types = next;
    view.refresh();
  },
  filterDone: () => changed,
  viewSignature: () => String(timeline.getWindow().start.valueOf()),
};
