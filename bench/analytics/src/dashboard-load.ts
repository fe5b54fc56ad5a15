/**
 * What a support lead waits for: the questions the dashboard page asks on opening (one
 * request per panel, all at once, as packages/dashboard/web/main.ts sends them), timed over
 * HTTP against the running intake, in the order a morning goes — the first lead, a second
 * lead right after, the first lead's Refresh, and an auto-refresh once the answers are stale.
 */
export interface Question {
  panel: string;
  path: string;
  params: Record<string, string>;
  /** Asked again by the page's Refresh (with `Cache-Control: no-cache`); the queue list is asked once. */
  refreshed: boolean;
}

/** The page's questions for its default view: the last 30 days, every queue. */
export function dashboardQuestions(tz = 'UTC'): Question[] {
  const period = { days: '30', tz };
  return [
    { panel: 'volume', path: 'volume', params: { ...period, groupBy: 'category', interval: 'day', top: '8' }, refreshed: true },
    { panel: 'sla', path: 'sla', params: { ...period, groupBy: 'queue' }, refreshed: true },
    { panel: 'resolution (overall)', path: 'resolution', params: period, refreshed: true },
    { panel: 'resolution (by queue)', path: 'resolution', params: { ...period, groupBy: 'queue' }, refreshed: true },
    { panel: 'csat', path: 'csat', params: period, refreshed: true },
    { panel: 'classifier', path: 'classifier', params: period, refreshed: true },
    { panel: 'topics', path: 'topics', params: { days: '7', tz }, refreshed: true },
    { panel: 'at-risk', path: 'at-risk', params: { limit: '15' }, refreshed: true },
    { panel: 'queue filter', path: 'volume', params: { days: '90', groupBy: 'queue', interval: 'week', top: '100', tz }, refreshed: false },
  ];
}

export interface PageLoad {
  /** Until the last panel had its answer. */
  totalMs: number;
  /** Each question's time and the answer's Age header, in the order asked. */
  answers: { panel: string; ms: number; ageSeconds: number }[];
}

/** Asks every question at once, as the page does, and times each answer; `fresh`: the page's Refresh. */
export async function loadDashboard(intakeUrl: string, key: string, questions: readonly Question[], { fresh = false } = {}): Promise<PageLoad> {
  const start = performance.now();
  const answers = await Promise.all(
    questions.filter((question) => !fresh || question.refreshed).map(async ({ panel, path, params }) => {
      const headers: Record<string, string> = { authorization: `Bearer ${key}` };
      if (fresh) headers['cache-control'] = 'no-cache';
      const response = await fetch(`${intakeUrl}/v1/analytics/${path}?${new URLSearchParams(params)}`, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${panel}: HTTP ${response.status}`);
      return { panel, ms: performance.now() - start, ageSeconds: Number(response.headers.get('age') ?? 0) };
    }),
  );
  return { totalMs: performance.now() - start, answers };
}
