/**
 * The diffusion view's model: everything it shows, derived from the one AppState (the family,
 * year and order it holds, the events, the filters). No state of its own: the map, curve, matrix,
 * figures, presentation and exports all read these. Made once, in its own chunk, into the slot the
 * shell provides (./slot.svelte.ts); the shell hands `overlay` to the map and `deck` to
 * presentation mode.
 * `new DiffusionView(app).figures.adopted` → how many places adopted the chosen family.
 */
import { yearOf, yearStart } from '../data/dates';
import { TOKENS } from '../../styles/tokens';
import type { Family, ReformEvent } from '../data/types';
import type { AppState } from '../state/app-state.svelte';
import { matchesBase } from '../state/selectors';
import { maxOf, minOf } from '../data/extent';
import type { MapOverlay } from '../map/states';
import { clampStep } from '../present/steps';
import type { PresentDeck, PresentView } from '../present/view';
import {
  adoptions,
  anchorsOf,
  byProvince,
  lagAnchor,
  lagYears,
  provinceOf,
  scopePlaces,
  type Adoption,
} from './adoption';
import type { YearDomain } from './colour';
import { clampYear, cumulative, pointAt, yearDomain } from './curve';
import { familyFigures, statusAt, type PlaceAt } from './figures';
import { groupOfProvince, matrixCells, sortRows, type MatrixFamily } from './matrix';
import {
  countText,
  figureLines,
  placeTooltip,
  placesText,
  yearCard,
  yearText,
  type FigureContext,
} from './text';
import { defaultFamily, useDiffusionSlot } from './slot.svelte';
import { adoptionTheme } from './theme';

/** One family's adoptions under the filters. */
export interface FamilyAdoption {
  family: Family;
  /** By place (province, or prefecture-level place for city families). */
  adopted: Map<string, Adoption>;
  /** By province (a city family: its earliest place). */
  provinces: Map<string, Adoption>;
  /** First and last adoption year (the colour scale), or null when nobody adopted. */
  colours: YearDomain | null;
}

/** `yearStepId(2016)` → 'year:2016': the presentation's step ids in the diffusion view. */
export const yearStepId = (year: number) => `year:${year}`;

const range = ([y0, y1]: YearDomain) => Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);

export class DiffusionView {
  #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
    // Presentation steps through the years while the view is open.
    app.stepSource = () => (this.active ? this.years.map(yearStepId) : null);
  }
  private get app() {
    return this.#app;
  }

  families = $derived<Family[]>(this.app.data?.families ?? []);
  family = $derived<Family | null>(
    this.families.find((f) => f.id === this.app.diffusion.family) ?? null,
  );
  active = $derived(this.family !== null);

  /** Member events passing every filter but the time window (it cuts the curve) and region. */
  private pool = $derived.by<ReformEvent[]>(() => {
    const f = { ...this.app.filters, window: null };
    return this.app.sorted.filter((e) => e.family.length > 0 && matchesBase(e, f));
  });

  /** Provinces the region filter keeps ([] = all). */
  private scope = $derived.by<string[]>(() => {
    const index = this.app.data?.index;
    if (!index) return [];
    return [...new Set(this.app.filters.regions.flatMap((r) => index.provincesOf(r)))];
  });

  /** Every family's adoptions, worked out once per data or filter change (not per family switch). */
  perFamily = $derived.by(() => {
    const out = new Map<string, FamilyAdoption>();
    const index = this.app.data?.index;
    if (!index) return out;
    const members = new Map<string, ReformEvent[]>();
    for (const e of this.pool) {
      for (const id of e.family) {
        const list = members.get(id);
        if (list) list.push(e);
        else members.set(id, [e]);
      }
    }
    const keep = this.scope.length ? new Set(this.scope) : null;
    for (const family of this.families) {
      const all = adoptions(members.get(family.id) ?? [], family.unit, index);
      const adopted = keep ? new Map([...all].filter(([, a]) => keep.has(a.province))) : all;
      const years = [...adopted.values()].map((a) => a.year);
      out.set(family.id, {
        family,
        adopted,
        provinces: byProvince(adopted),
        colours: years.length ? [minOf(years), maxOf(years)] : null,
      });
    }
    return out;
  });

  current = $derived(this.family ? (this.perFamily.get(this.family.id) ?? null) : null);
  anchors = $derived(this.family ? anchorsOf(this.family, this.app.byId) : []);
  anchor = $derived(lagAnchor(this.anchors));
  unit = $derived(this.family?.unit ?? 'province');
  /** The places in scope: the denominator, and what the map hatches when unrecorded. */
  places = $derived(this.app.data ? scopePlaces(this.app.data.regions, this.unit, this.scope) : []);
  provinces = $derived(
    this.app.data ? scopePlaces(this.app.data.regions, 'province', this.scope) : [],
  );

  domain = $derived.by<YearDomain | null>(() => {
    const years = [...(this.current?.adopted.values() ?? [])].map((a) => a.year);
    return yearDomain(
      years,
      this.anchors.map((e) => yearOf(e.t0)),
      this.app.filters.window,
    );
  });
  years = $derived(this.domain ? range(this.domain) : []);

  /** The year shown: a hovered year, else the presentation step's, else the scrubbed one. */
  year = $derived.by<number | null>(() => {
    if (!this.domain) return null;
    const presented = this.app.present.active
      ? this.years[clampStep(this.app.present.step, this.years.length)]
      : undefined;
    return clampYear(
      this.app.diffusionPreview ?? presented ?? this.app.diffusion.year,
      this.domain,
    );
  });

  /** The curve's anchor rules (titles cut to fit) and era bands. */
  curveAnchors = $derived(
    this.anchors.map((e) => {
      const title = this.app.titleOf(e);
      return { id: e.id, t0: e.t0, label: title.length > 22 ? `${title.slice(0, 21)}…` : title };
    }),
  );
  curveEras = $derived(
    (this.app.data?.eras ?? []).map((e) => ({
      id: e.id,
      t0: e.t0,
      t1: e.t1,
      label: this.app.text(e.nameZh, e.nameEn),
    })),
  );

  points = $derived(
    this.domain && this.current ? cumulative(this.current.adopted.values(), this.domain) : [],
  );
  point = $derived(this.year === null ? undefined : pointAt(this.points, this.year));
  figures = $derived(
    familyFigures(this.current?.adopted.values() ?? [], this.places.length, this.anchor),
  );

  private figureContext = $derived<FigureContext>({
    unit: this.unit,
    t: this.app.t,
    name: this.app.regionName,
    sep: this.app.t('list.sep'),
    anchor: this.anchor ? this.app.titleOf(this.anchor) : null,
    provinces:
      this.unit === 'city'
        ? { n: this.current?.provinces.size ?? 0, total: this.provinces.length }
        : undefined,
  });
  /** '8 / 31 个省份'. */
  countText = $derived(countText(this.figures, this.figureContext));
  /** The figures as label/value lines. */
  figureLines = $derived(figureLines(this.figures, this.figureContext));

  /** Every place's standing at the year (adopting places outside `places` included). */
  status = $derived.by(() => {
    const adopted = this.current?.adopted ?? new Map<string, Adoption>();
    const all = new Set([...this.places, ...adopted.keys()]);
    return statusAt(all, adopted, this.year ?? Infinity, this.family?.complete ?? false);
  });
  /** Provinces' standing (a city family's province, in the national view and the tooltip). */
  provinceStatus = $derived(
    statusAt(
      this.provinces,
      this.current?.provinces ?? new Map(),
      this.year ?? Infinity,
      this.family?.complete ?? false,
    ),
  );

  statusOf = (code: string): PlaceAt | undefined =>
    this.status.get(code) ?? this.provinceStatus.get(code);

  /** The map's theme, tooltip and click while the view is open. */
  overlay = $derived.by<MapOverlay | null>(() => {
    const app = this.app;
    const index = app.data?.index;
    if (!this.family || !index) return null;
    const theme = adoptionTheme({
      unit: this.unit,
      status: this.status,
      colours: this.current?.colours ?? [0, 0],
      first: this.figures.first.map((r) => r.place),
      label: (code, year) =>
        `${app.lang === 'en' ? (index.byCode.get(code)?.en ?? code) : (index.byCode.get(code)?.short ?? code)} ${year}`,
      provinceOf: (code) => provinceOf(code, index),
    });
    const count = this.point?.total ?? 0;
    return {
      theme,
      tooltip: (code) => {
        const at = this.statusOf(code);
        const lag = at?.adoption ? lagYears(at.adoption, this.anchor) : null;
        return placeTooltip(app.regionName(code), at, lag, app.t);
      },
      onregion: (code) => {
        const a = this.statusOf(code)?.adoption;
        if (a) app.select(a.eventId);
        else app.announcement = app.t('diffusion.tooltipNone', { name: app.regionName(code) });
      },
      summary: app.t('diffusion.summary', {
        family: this.name(this.family),
        year: String(this.year ?? ''),
        places: placesText(count, this.unit, app.t),
      }),
    };
  });

  private groupOf = $derived(groupOfProvince(this.app.data?.groups ?? []));
  /** The matrix order; a value of its own, so a scrubbed year (same `diffusion` object) leaves the rows be. */
  sort = $derived(this.app.diffusion.sort);
  /** The column the rows sort by: only the 'first' order reads it, so a switch leaves other orders be. */
  private matrixFocus = $derived(
    this.sort === 'first' ? this.families.findIndex((f) => f.id === this.family?.id) : -1,
  );
  /** The matrix's rows and cells, made once per data or filter change (not per order or family). */
  private matrixCells = $derived(
    matrixCells(
      this.provinces,
      this.families.map((f): MatrixFamily => ({
        id: f.id,
        complete: f.complete,
        adopted: this.perFamily.get(f.id)?.provinces ?? new Map(),
      })),
      this.groupOf,
    ),
  );
  /** The matrix: every family a column, every province in scope a row, sorted as chosen. */
  matrix = $derived(sortRows(this.matrixCells, this.matrixFocus, this.sort));

  name = (f: Family) => this.app.text(f.nameZh, f.nameEn);
  yearText = (a: { year: number; approx: boolean }) => yearText(a.year, a.approx, this.app.t);

  /** The presentation of the years: one step a year, the card saying who adopted by then. */
  presentView = $derived.by<PresentView>(() => {
    const app = this.app;
    const count = this.years.length;
    const step = clampStep(app.present.step, count);
    const point = this.point;
    const card = point
      ? yearCard(point, this.unit, app.regionName, app.t('list.sep'), app.t)
      : null;
    return {
      heading: this.family ? this.name(this.family) : '',
      stepLabel: count ? app.t('present.step', { step: step + 1, count }) : '',
      card: card && {
        typeLabel: app.t('diffusion.title'),
        typeColour: TOKENS.year3,
        title: card.title,
        date: '',
        regions: card.added,
        body: '',
      },
      message: app.t('diffusion.empty'),
      times: this.years.map(yearStart),
      step,
      count,
      year: this.year === null ? '' : app.t('present.year', { year: String(this.year) }),
      reached: '',
    };
  });

  /** What presentation mode shows and exports while the view is open. */
  deck: PresentDeck = {
    view: () => this.presentView,
    exportImage: (report) => this.exportPng(report),
  };

  /** Render and download the 1920×1080 picture (map, curve, title, attribution); `report` tells a failure. */
  async exportPng(report?: (text: string) => void): Promise<string | null> {
    const { exportDiffusionPng } = await import('./export-png');
    return exportDiffusionPng(this.app, this, report);
  }

  /** Download the matrix as CSV (UTF-8 with BOM, Excel-safe). */
  async exportCsv(): Promise<string | null> {
    const { exportMatrixCsv } = await import('./export-csv');
    return exportMatrixCsv(this.app, this);
  }
}

/** The model in a component under the shell's slot (./slot.svelte.ts); it must be loaded by then. */
export function useDiffusion(): DiffusionView {
  const view = useDiffusionSlot<DiffusionView>().view;
  if (!view) throw new Error('the diffusion view is used before its model is loaded');
  return view;
}

export { defaultFamily };
