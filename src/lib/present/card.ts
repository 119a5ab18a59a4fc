/**
 * What the presentation card (and the PNG export) shows for one step, as plain strings.
 * `stepCard(sichuan, { lang: 'zh', … })` → `{ title: '四川职务科技成果权属改革', date: '2016年', … }`.
 */
import { TOKENS } from '../../styles/tokens';
import { formatEventDate } from '../data/dates';
import type { ReformEvent, ReformType } from '../data/types';
import { pick, type Lang } from '../i18n';
import type { TourStep } from '../data/tours';

export interface StepCard {
  typeLabel: string;
  typeColour: string;
  title: string;
  date: string;
  regions: string;
  /** The tour's narration, else the event's summary. */
  body: string;
}

export interface CardContext {
  lang: Lang;
  types: readonly ReformType[];
  regionName: (id: string) => string;
  /** Label for an event with no regions. */
  national: string;
  /** List separator ('、' in Chinese). */
  sep: string;
  /** The tour step being shown, when presenting a tour. */
  narration?: TourStep;
}

export function stepCard(e: ReformEvent, ctx: CardContext): StepCard {
  const type = ctx.types.find((t) => t.id === e.type);
  const narration = ctx.narration
    ? pick(ctx.lang, ctx.narration.narrationZh, ctx.narration.narrationEn)
    : '';
  return {
    typeLabel: type ? pick(ctx.lang, type.zh, type.en) : e.type,
    typeColour: type?.colour ?? TOKENS.typeUnknown,
    title: pick(ctx.lang, e.titleZh, e.titleEn),
    date: formatEventDate(e, ctx.lang),
    regions: e.regions.length ? e.regions.map(ctx.regionName).join(ctx.sep) : ctx.national,
    body: narration || pick(ctx.lang, e.summaryZh, e.summaryEn),
  };
}
