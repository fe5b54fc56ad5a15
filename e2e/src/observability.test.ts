import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { eventually, metricTotal, parsePrometheus, repoRoot, type RunningPostgres, type Sample, scrapeMetrics } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import { authorized, type RunningSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

// The dashboard and the alert rules are checked against what the real processes export after
// one request's whole life (accepted, classified, resolved, its webhook delivered).
const observability = resolve(repoRoot(), 'infra/observability');
let database: RunningPostgres;
let system: RunningSystem;
let receiver: WebhookReceiver;
let classified: Record<string, unknown>;
const scraped: Record<string, Sample[]> = {};

beforeAll(async () => {
  receiver = new WebhookReceiver();
  await receiver.start();
  // The escalation sweep every 5 s: its Schedule's runs are the workflows that complete during the test
  // (a request's stays open, and events no longer start workflows of their own).
  ({ system, database } = await startOwnSystem({ autoCloseAfterSeconds: 600, startTimeoutMs: 400_000, workflowsEnv: { ESCALATION_SWEEP_INTERVAL_SECONDS: '5' } }));
  expect((await system.call('POST', '/v1/webhooks', { url: receiver.url, events: ['request.created'] })).status).toBe(201);
  const accepted = await system.call('POST', '/v1/requests', { customerId: `obs-${randomUUID()}`, subject: 'Card not arrived', body: 'I ordered a new card two weeks ago and it still has not arrived.' });
  const id = accepted.body['id'] as string;
  classified = await eventually('the request to be classified', async () => {
    const request = (await system.call('GET', `/v1/requests/${id}`)).body;
    return request['status'] === 'classified' ? request : undefined;
  });
  // An automatic queue with nobody to serve it: its line holds the request, and says so.
  const queue = classified['queue'] as string;
  expect((await system.call('PUT', `/v1/queues/${queue}/assignment`, { mode: 'round_robin' })).status).toBe(200);
  await eventually('the line length to be exported', async () => metricTotal(await scrapeMetrics(system.metricsUrls.workflows), 'caseflow_assignment_line_length', { queue }) === 1 || undefined);
  expect((await system.call('POST', `/v1/requests/${id}/resolve`, { resolution: 'Card re-sent' })).status).toBe(200);
  scraped['workflows'] = await eventually('the resolved event and a completed sweep to be counted', async () => {
    const samples = await scrapeMetrics(system.metricsUrls.workflows);
    return metricTotal(samples, 'caseflow_request_events', { event: 'resolved' }) === 1 && metricTotal(samples, 'temporal_workflow_completed', {}) > 0 ? samples : undefined;
  });
  scraped['notification'] = await eventually('the webhook delivery to be counted', async () => {
    const samples = await scrapeMetrics(system.metricsUrls.notification);
    return metricTotal(samples, 'caseflow_webhook_deliveries', { outcome: 'delivered' }) === 1 ? samples : undefined;
  });
  scraped['classification'] = await scrapeMetrics(system.metricsUrls.classification);
  const intake = await fetch(`${system.intakeUrl}/metrics`, { headers: authorized(system.adminKey) });
  scraped['intake'] = parsePrometheus(await intake.text());
}, 600_000);

printOutputsOnFailure(() => system && [system.workflows, system.classification, system.notification]);

afterAll(async () => {
  await system?.stop();
  await receiver?.stop();
  await database?.stop();
});

const promqlWords = new Set([
  'sum', 'min', 'max', 'avg', 'count', 'rate', 'irate', 'increase', 'delta', 'deriv', 'histogram_quantile', 'vector', 'absent', 'abs',
  'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'or', 'and', 'unless', 'bool', 'offset', 'topk', 'bottomk', 'clamp_min', 'clamp_max',
]);
/** Series Prometheus makes itself for every target, not exported by a process. */
const synthetic = new Set(['up', 'scrape_duration_seconds']);

/** The metric names a PromQL expression reads: identifiers outside label matchers, ranges, strings and grouping clauses. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map(([word]) => word).filter((word) => !promqlWords.has(word));
}

function exported(): Set<string> {
  return new Set(Object.values(scraped).flatMap((samples) => samples.map((sample) => sample.name)));
}

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}

describe('caseflow business series', () => {
  it('counts a request accepted, classified and resolved by queue, and times its classification', () => {
    const workflows = scraped['workflows']!;
    const queue = classified['queue'] as string;
    expect(metricTotal(workflows, 'caseflow_request_events', { event: 'created', queue: 'none' })).toBe(1);
    expect(metricTotal(workflows, 'caseflow_request_events', { event: 'classified', queue })).toBe(1);
    expect(metricTotal(workflows, 'caseflow_request_events', { event: 'resolved', queue })).toBe(1);
    expect(metricTotal(workflows, 'caseflow_time_to_classification_count', { queue })).toBe(1);
    expect(workflows.some((sample) => sample.name === 'caseflow_assignment_line_length' && sample.labels['queue'] === queue)).toBe(true);
    // caseflow's buckets (25 ms – 5 min), not the SDK's defaults for its own latencies.
    const bounds = workflows.filter((sample) => sample.name === 'caseflow_time_to_classification_bucket' && sample.labels['queue'] === queue).map((sample) => sample.labels['le']);
    expect(bounds).toEqual(['25', '50', '100', '250', '500', '1000', '2500', '5000', '10000', '30000', '60000', '300000', '+Inf']);
    // Acceptance to classification as the read model has it, give or take the clocks' milliseconds.
    const elapsedMs = Date.parse(classified['classifiedAt'] as string) - Date.parse(classified['createdAt'] as string);
    expect(Math.abs(metricTotal(workflows, 'caseflow_time_to_classification_sum', { queue }) - elapsedMs)).toBeLessThan(1000);
  });
});

describe('the Grafana dashboard', () => {
  it('parses, covers request flow, time to classification, SLA, deliveries and worker health, and reads only exported metrics', async () => {
    const dashboard = JSON.parse(await readFile(resolve(observability, 'grafana/dashboards/caseflow.json'), 'utf8')) as { uid: string; panels: Panel[] };
    expect(dashboard.uid).toBe('caseflow-overview');
    const rows = dashboard.panels.filter((panel) => panel.type === 'row').map((panel) => panel.title);
    expect(rows).toEqual(expect.arrayContaining(['Request flow', 'Time to classification', 'SLA', 'Deliveries', 'Worker health']));
    const names = exported();
    const graphs = dashboard.panels.filter((panel) => panel.type !== 'row');
    expect(graphs.length).toBeGreaterThan(15);
    for (const panel of graphs) {
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const { expr } of panel.targets ?? []) {
        const used = metricNames(expr);
        expect(used.length, `${panel.title}: ${expr}`).toBeGreaterThan(0);
        expect(used.filter((name) => !names.has(name) && !synthetic.has(name)), `${panel.title}: ${expr}`).toEqual([]);
      }
    }
  });
});

describe('the alert rules', () => {
  it('read only metrics that the running processes export', async () => {
    const rules = parse(await readFile(resolve(observability, 'alerts.yml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] };
    const names = exported();
    const alerts = rules.groups.flatMap((group) => group.rules);
    expect(alerts.map((rule) => rule.alert)).toEqual(
      expect.arrayContaining(['PendingClassificationBacklogGrowing', 'WorkflowTaskScheduleToStartHigh', 'ActivityScheduleToStartHigh', 'WebhookDeadLettersRising', 'SlaBreachesHigh', 'IntakeErrorRateHigh', 'AnalyticsTimeouts']),
    );
    for (const rule of alerts) {
      expect(metricNames(rule.expr).filter((name) => !names.has(name) && !synthetic.has(name)), rule.alert).toEqual([]);
    }
  });
});
