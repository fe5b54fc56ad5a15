import type { AtRiskAnswer, ClassifierAnswer as PageClassifier, CsatAnswer, ResolutionAnswer, SlaAnswer, TopicsAnswer, VolumeAnswer } from '@caseflow/dashboard/answers';
import type { Static } from 'typebox';
import type { AtRisk, ClassifierAnswer, Csat, Resolution, Sla, Topics, Volume } from './analytics-schemas';

/**
 * The dashboard page declares the shapes it reads from these routes (packages/dashboard/web/
 * types.ts); each line below only compiles while every answer these routes send still has
 * that shape, so `pnpm -r typecheck` fails the moment the API and the page drift apart.
 */
type Serves<Page, Api extends Page> = Api;

export type DashboardReadsWhatAnalyticsSends = [
  Serves<VolumeAnswer, Static<typeof Volume>>,
  Serves<ResolutionAnswer, Static<typeof Resolution>>,
  Serves<SlaAnswer, Static<typeof Sla>>,
  Serves<CsatAnswer, Static<typeof Csat>>,
  Serves<PageClassifier, Static<typeof ClassifierAnswer>>,
  Serves<TopicsAnswer, Static<typeof Topics>>,
  Serves<AtRiskAnswer, Static<typeof AtRisk>>,
];
