import type { RequestDetail, RequestSummary } from './api';
import { duration, h } from './dom';
import { t } from './i18n';

export type SlaLevel = 'breached' | 'soon' | 'ok' | 'none';

/**
 * How close a request is to its SLA due time, as a list shows it. Amber ("due soon") from
 * the policy's warning time (`slaWarnAt`: the warn fraction of the clock that is due
 * first, the same `warnAt` the request page's clocks use; a policy without a warning never
 * turns amber), red once breached. `soon`: the API already counted the request as due
 * within its next business hour (the Breaching-soon view), which a wall-clock countdown of
 * many hours (the office is about to close) would otherwise contradict with "On track". The
 * label always says it in words too, so colour is never the only signal.
 */
export function slaState(dueAt: string | null, warnAt: string | null, breached: boolean, now: number, soon = false): { level: SlaLevel; label: string } {
  if (dueAt === null) return { level: 'none', label: t('noSla') };
  const remaining = Date.parse(dueAt) - now;
  if (breached || remaining <= 0) return { level: 'breached', label: `${t('breached')} · ${duration(remaining)} ${t('ago')}` };
  if (soon || (warnAt !== null && Date.parse(warnAt) <= now)) return { level: 'soon', label: `${t('dueSoon')} · ${duration(remaining)}` };
  return { level: 'ok', label: `${t('onTrack')} · ${duration(remaining)}` };
}

/** The countdown; its data-* let tickCountdowns move it (and turn it amber) without asking the API. */
export function slaBadge(item: Pick<RequestSummary, 'slaDueAt' | 'slaWarnAt' | 'slaBreached'>, sla: { level: string; label: string }, id?: string, soon = false): HTMLSpanElement {
  return h('span', { id, className: `sla sla-${sla.level}`, 'data-due': item.slaDueAt ?? '', 'data-warn': item.slaWarnAt ?? '', 'data-breached': String(item.slaBreached), 'data-soon': soon ? 'true' : null }, sla.label);
}

export type SlaClock = NonNullable<RequestDetail['slaClocks']>['firstResponse'];

/**
 * One of the workflow's SLA clocks as the request page shows it: business time left (or
 * over) as the API counted it, amber from the policy's warning time, red when breached,
 * and whether it is paused or stopped — in words as well as colour.
 */
export function clockState(clock: SlaClock, met: boolean, now: number): { level: SlaLevel; label: string } {
  if (clock.targetMinutes === null) return { level: 'none', label: t('noSla') };
  if (clock.state === 'stopped') return clock.breached ? { level: 'breached', label: `${t('breached')} · ${t('clockStopped')}` } : { level: 'ok', label: met ? t('clockMet') : t('clockStopped') };
  // A paused clock has no due time (it moves when the clock runs again) but still its business time left.
  if (clock.dueAt === null && clock.state !== 'paused') return { level: 'none', label: t('noSla') };
  const remaining = clock.businessMinutesRemaining;
  const span = remaining === null ? '' : ` · ${duration(Math.abs(remaining) * 60_000)} ${remaining < 0 ? t('over') : t('left')} (${t('businessTime')})`;
  const paused = clock.state === 'paused' ? ` · ${t('clockPaused')}` : '';
  if (clock.breached || (remaining !== null && remaining < 0)) return { level: 'breached', label: `${t('breached')}${span}${paused}` };
  if (clock.warnAt !== null && Date.parse(clock.warnAt) <= now) return { level: 'soon', label: `${t('dueSoon')}${span}${paused}` };
  return { level: 'ok', label: `${t('onTrack')}${span}${paused}` };
}
