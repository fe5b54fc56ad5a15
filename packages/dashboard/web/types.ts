/** The shapes of the /v1/analytics answers the page reads; intake checks at compile time that it sends them (services/intake/src/routes/dashboard-answers.ts). */
export interface Duration {
  count: number;
  p50: number | null;
  p90: number | null;
  mean: number | null;
}

export interface VolumeAnswer {
  total: number;
  series: { key: string; total: number; points: { t: string; count: number }[] }[];
}

export interface ResolutionAnswer {
  groups: { key: string; count: number; firstResponse: { wallClock: Duration; businessHours: Duration }; resolution: { wallClock: Duration; businessHours: Duration } }[];
  histogram: { upToHours: number | null; count: number }[];
}

export interface SlaAnswer {
  groups: {
    key: string;
    withSla: number;
    breached: number;
    firstResponseBreaches: number;
    resolutionBreaches: number;
    firstResponseCompliance: number | null;
    resolutionCompliance: number | null;
    compliance: number | null;
    openBreached: number;
    escalationsByLevel: { level: number; count: number }[];
  }[];
}

export interface CsatAnswer {
  overall: { resolved: number; rated: number; responseRate: number | null; mean: number | null; distribution: number[] };
  trend: { t: string; rated: number; mean: number | null }[];
}

export interface ClassifierAnswer {
  classified: number;
  triaged: number;
  triageRate: number | null;
  verified: number;
  confirmed: number;
  corrected: number;
  /** verified / classified: how much the accuracy speaks for. */
  coverage: number | null;
  accuracy: number | null;
  accuracyInterval: { low: number; high: number } | null;
  confusedPairs: { predicted: string; actual: string; count: number }[];
  reliability: { low: number; high: number; verified: number; confirmed: number; accuracy: number | null; meanConfidence: number }[];
}

export interface TopicsAnswer {
  candidates: number;
  topics: { size: number; previousSize: number; growth: number | null; cohesion: number; emerging: boolean; terms: string[]; examples: { id: string; subject: string }[] }[];
  incidents: Incident[];
}

/** Many different customers asking nearly the same thing at once; sizes count no erased request. */
export interface Incident {
  id: string;
  status: 'open' | 'closed';
  /** Different customers. */
  size: number;
  requests: number;
  firstAt: string;
  lastAt: string;
  category: string | null;
  /** The subject of its earliest request. */
  subject: string;
}

export interface AtRiskAnswer {
  items: {
    id: string;
    subject: string;
    status: string;
    queue: string | null;
    priority: string | null;
    assignee: string | null;
    slaDueAt: string;
    slaBreached: boolean;
    escalationLevel: number;
    temporalUrl: string;
  }[];
}
