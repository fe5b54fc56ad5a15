import { t } from './i18n';

/** What the stream says about one change (GET /v1/stream, `event: request`). */
export interface RequestChange {
  requestId: string;
  seq: number;
  type: string;
  status: string;
  queue: string | null;
  assignee: string | null;
  at: string;
}

const fallbackEveryMs = 15_000;

/**
 * Live updates by Server-Sent Events. EventSource reconnects by itself and sends
 * Last-Event-ID, so nothing is missed across a short drop. When the stream cannot be had at
 * all (an intake without /v1/stream answers 404 and EventSource gives up) the page says so
 * and refreshes on a timer instead, trying the stream again each time.
 */
export function startLive(onChange: (change: RequestChange | null) => void): () => void {
  const indicator = document.getElementById('live');
  let source: EventSource | null = null;
  let timer: number | undefined;
  let stopped = false;
  const show = (live: boolean) => {
    if (indicator === null) return;
    indicator.dataset['live'] = String(live);
    indicator.textContent = live ? `● ${t('liveOn')}` : `○ ${t('liveOff')}`;
  };
  const connect = () => {
    source = new EventSource('/v1/stream', { withCredentials: true });
    source.addEventListener('open', () => {
      show(true);
      window.clearInterval(timer);
      timer = undefined;
    });
    source.addEventListener('request', (event) => {
      try {
        onChange(JSON.parse((event as MessageEvent<string>).data) as RequestChange);
      } catch {
        onChange(null);
      }
    });
    // Too much was missed to replay: reload what is shown.
    source.addEventListener('reset', () => onChange(null));
    source.addEventListener('error', () => {
      if (source?.readyState !== EventSource.CLOSED || stopped) return;
      show(false);
      timer ??= window.setInterval(() => {
        onChange(null);
        if (source?.readyState === EventSource.CLOSED) connect();
      }, fallbackEveryMs);
    });
  };
  connect();
  return () => {
    stopped = true;
    source?.close();
    window.clearInterval(timer);
  };
}
