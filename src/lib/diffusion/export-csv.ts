/**
 * The adoption matrix as CSV, for Excel or WPS: one row per province (in the order shown), one
 * column per family holding the adoption date ('约'/'c.' marks an approximate one, a city family
 * names its place), empty for no record, "did not adopt" only for a complete family.
 */
import { tableToCsv } from '../data/csv';
import type { AppState } from '../state/app-state.svelte';
import { downloadText, exportFileName } from '../ui/download';
import type { MatrixCell, MatrixRow } from './matrix';
import type { Translate } from './text';
import type { Family } from '../data/types';

/** What the CSV is written from (the diffusion view's model, as shown). */
export interface MatrixSource {
  matrix: MatrixRow[];
  families: Family[];
  name: (f: Family) => string;
}

export interface CsvContext {
  t: Translate;
  /** Family columns: id and display name. */
  families: readonly { id: string; name: string }[];
  regionName: (code: string) => string;
}

/**
 * `cellText({ status: 'adopted', adoption: { dateStart: '2016-03', approx: true, place: '510100', province: '510000', … } }, ctx)`
 * → '约2016-03（成都市）' (zh).
 */
export function cellText(c: MatrixCell, ctx: CsvContext): string {
  if (c.status === 'not-adopted') return ctx.t('diffusion.notAdopted');
  const a = c.adoption;
  if (!a) return '';
  const date = a.approx ? ctx.t('diffusion.approxYear', { year: a.dateStart }) : a.dateStart;
  if (a.place === a.province) return date;
  return ctx.t('diffusion.csvPlace', { date, place: ctx.regionName(a.place) });
}

/** `matrixCsv(rows, ctx)` → '\ufeff行政区划代码,省份,地区,…\r\n320000,江苏省,东部,2016-03,…\r\n'. */
export function matrixCsv(rows: readonly MatrixRow[], ctx: CsvContext): string {
  const header = [
    ctx.t('diffusion.csvAdcode'),
    ctx.t('diffusion.csvProvince'),
    ctx.t('diffusion.csvGroup'),
    ...ctx.families.map((f) => `${f.name} (${f.id})`),
  ];
  const body = rows.map((r) => [
    r.province,
    ctx.regionName(r.province),
    r.group ? ctx.t(`diffusion.group.${r.group}` as Parameters<Translate>[0]) : '',
    ...r.cells.map((c) => cellText(c, ctx)),
  ]);
  return tableToCsv(header, body);
}

/** Download the matrix shown; resolves to the file name. */
export async function exportMatrixCsv(app: AppState, view: MatrixSource): Promise<string | null> {
  const text = matrixCsv(view.matrix, {
    t: app.t,
    families: view.families.map((f) => ({ id: f.id, name: view.name(f) })),
    regionName: app.regionName,
  });
  const file = exportFileName('diffusion-matrix', new Date(), 'csv');
  downloadText(text, file);
  return file;
}
