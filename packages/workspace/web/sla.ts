import type { RequestDetail } from './api';
import { duration } from './dom';
import { t } from './i18n';

export type SlaLevel = 'breached' | 'soon' | 'ok' | 'none';

/**
 * How close a request is to its SLA due time. Amber ("due soon"): due within the next
 * wall-clock hour (the Breaching-soon view counts a business hour of the request's own
 * calendar; the API gives agents neither the calendar nor the policy's warn fraction), or the
 * workflow has already recorded its SLA warning (request page). Red once breached. The
 * label always says it in words too, so colour is never the only signal.
 */
export function slaState(dueAt: string | null, breached: boolean, now: number, warned = false): { level: SlaLevel; label: string } {
  if (dueAt === null) return { level: 'none', label: t('noSla') };
  const remaining = Date.parse(dueAt) - now;
  if (breached || remaining <= 0) return { level: 'breached', label: `${t('breached')} · ${duration(remaining)} ${t('ago')}` };
  if (warned || remaining <= 3_600_000) return { level: 'soon', label: `${t('dueSoon')} · ${duration(remaining)}` };
  return { level: 'ok', label: `${t('onTrack')} · ${duration(remaining)}` };
}

export type SlaClock = NonNullable<RequestDetail['slaClocks']>['firstResponse'];

/**
 * One of the workflow's SLA clocks as the request page shows it: business time left (or
 * over) as the API counted it, amber from the policy's warning time, red when breached,
 * and whether it is paused or stopped — in words as well as colour.
 */
export function clockState(clock: SlaClock, met: boolean, now: number): { level: SlaLevel; label: string } {
  if (clock.targetMinutes === null || clock.dueAt === null) return { level: 'none', label: t('noSla') };
  if (clock.state === 'stopped') return clock.breached ? { level: 'breached', label: `${t('breached')} · ${t('clockStopped')}` } : { level: 'ok', label: met ? t('clockMet') : t('clockStopped') };
  const remaining = clock.businessMinutesRemaining;
  const span = remaining === null ? '' : ` · ${duration(Math.abs(remaining) * 60_000)} ${remaining < 0 ? t('over') : t('left')} (${t('businessTime')})`;
  const paused = clock.state === 'paused' ? ` · ${t('clockPaused')}` : '';
  if (clock.breached || (remaining !== null && remaining < 0)) return { level: 'breached', label: `${t('breached')}${span}${paused}` };
  if (clock.warnAt !== null && Date.parse(clock.warnAt) <= now) return { level: 'soon', label: `${t('dueSoon')}${span}${paused}` };
  return { level: 'ok', label: `${t('onTrack')}${span}${paused}` };
}
