import { type Classifier, planIncidents, requestText, type SparseVector } from '@caseflow/classifier';
import { incidentDetectedEventType, type IncidentActivities, type IncidentDetectionOutcome, type IncidentNotice } from '@caseflow/contracts';
import { addToIncident, closeAgedIncidents, createIncident, type Db, type IncidentNoticeOf, listIncidentCandidates, listOpenIncidentLeads, presentIncident, whileDetecting } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';

/** INCIDENT_MIN_CUSTOMERS, INCIDENT_WINDOW_MINUTES, INCIDENT_SIMILARITY_THRESHOLD, INCIDENT_MAX_CANDIDATES. */
export interface IncidentDetectionSettings {
  minCustomers: number;
  windowMinutes: number;
  threshold: number;
  /** Most requests one run compares (the newest of the window): bounds a run's time under a flood. */
  maxCandidates: number;
}

/** The `incident.detected` notice for a new incident: its event id is the incident's, so it is queued once. */
export const incidentNotice: IncidentNoticeOf = (incident) => {
  const notice: IncidentNotice = { id: `incident.detected-${incident.id}`, type: incidentDetectedEventType, createdAt: new Date().toISOString(), data: { incident: presentIncident(incident) } };
  return { eventId: notice.id, eventType: notice.type, payload: JSON.stringify(notice) };
};

/**
 * The detection activity: reads the window's requests no incident holds, groups them with
 * the served model's TF-IDF vectors (@caseflow/classifier `planIncidents`) and records the
 * result (@caseflow/db), all in one transaction under the detectors' lock. Vectors are kept
 * from run to run while the model stays the same, so a run computes only the newcomers'.
 */
export function createIncidentActivities(db: Db, model: () => Classifier, settings: IncidentDetectionSettings, logger: Logger): IncidentActivities {
  let cached: { version: string; vectors: Map<string, SparseVector> } = { version: '', vectors: new Map() };
  const vectorsOf = async (classifier: Classifier, texts: { id: string; subject: string; body: string }[]): Promise<Map<string, SparseVector>> => {
    const previous = cached.version === classifier.version ? cached.vectors : new Map<string, SparseVector>();
    const vectors = new Map<string, SparseVector>();
    for (const [i, text] of texts.entries()) {
      const known = previous.get(text.id);
      vectors.set(text.id, known ?? classifier.features(requestText(text)));
      // A first run vectorises the whole window (seconds at 5 requests/s): the classify activities of this process go in between.
      if (known === undefined && i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
    }
    cached = { version: classifier.version, vectors };
    return vectors;
  };
  return {
    async detectIncidents(): Promise<IncidentDetectionOutcome> {
      const started = Date.now();
      const outcome = await whileDetecting(db, async (trx) => {
        const until = new Date();
        const since = new Date(until.getTime() - settings.windowMinutes * 60_000);
        const closed = await closeAgedIncidents(trx, since);
        const leads = await listOpenIncidentLeads(trx);
        const rows = await listIncidentCandidates(trx, { since, until, limit: settings.maxCandidates });
        const classifier = model();
        const vectors = await vectorsOf(classifier, rows);
        const blocks = new Map<string, typeof rows>();
        for (const row of rows) {
          const block = blocks.get(row.category ?? '');
          if (block === undefined) blocks.set(row.category ?? '', [row]);
          else block.push(row);
        }
        const leadVectors = leads.map((lead) => ({ incidentId: lead.incidentId, vector: classifier.features(requestText(lead)) }));
        let [grown, created] = [0, 0];
        // Blocks never meet, so planning one at a time gives the same plan, and the classify
        // activities of this process go in between (a whole hour at 5 requests/s is seconds).
        for (const block of blocks.values()) {
          const candidates = block.map((row) => ({ id: row.id, customerId: row.customerId, at: row.createdAt.getTime(), block: row.category ?? '', vector: vectors.get(row.id)! }));
          const plan = planIncidents(leadVectors, candidates, settings);
          for (const { incidentId, requestIds } of plan.grow) grown += await addToIncident(trx, incidentId, requestIds);
          for (const group of plan.create) if ((await createIncident(trx, group, incidentNotice)) !== null) created += 1;
          await new Promise((resolve) => setImmediate(resolve));
        }
        return { candidates: rows.length, created, grown, closed, ran: true };
      });
      const result = outcome ?? { candidates: 0, created: 0, grown: 0, closed: 0, ran: false };
      logger.info({ ...result, ms: Date.now() - started }, result.ran ? 'incident detection ran' : 'incident detection skipped: another detector is running');
      return result;
    },
  };
}
