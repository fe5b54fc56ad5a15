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
