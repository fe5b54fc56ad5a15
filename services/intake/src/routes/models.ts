import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, listModels, listRetrainRuns, type ModelSummary, type RetrainRunRow } from '@caseflow/db';
import { type Static, Type } from 'typebox';
import '../scopes';
import { ErrorBody } from '../schemas';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description === undefined ? {} : { description });

const Score = Type.Object({ n: Type.Integer(), accuracy: Type.Number() });
const Figures = Type.Object(
  {
    overall: Type.Object(Score.properties, { description: 'the held-out sets and the held-out corrections together' }),
    perLanguage: Type.Record(Type.String(), Score, { description: 'the held-out sets alone, per language (`en`, `zh`)' }),
    corrections: Type.Optional(Type.Object(Score.properties, { description: 'the newest corrected requests, kept out of training' })),
  },
  { additionalProperties: false },
);
const Model = Type.Object({
  version: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('candidate'), Type.Literal('retired')]),
  metrics: Type.Record(Type.String(), Type.Unknown(), { description: 'from training: held-out accuracy and macro-F1 of its calibration split, texts trained on, training time' }),
  createdAt: Type.String({ format: 'date-time' }),
  promotedAt: Nullable(Type.String({ format: 'date-time' })),
});
const RetrainRun = Type.Object({
  runId: Type.String({ description: 'the run\'s workflow id (Temporal Web UI)' }),
  decision: Type.Union([Type.Literal('promoted'), Type.Literal('refused'), Type.Literal('failed')]),
  reason: Type.String(),
  candidateVersion: Nullable(Type.String()),
  activeVersion: Nullable(Type.String(), 'the model the candidate was measured against'),
  correctionsUsed: Type.Integer({ description: 'corrections the candidate learnt from' }),
  correctionsHeldOut: Type.Integer({ description: 'the newest corrections, kept out of training and measured on' }),
  margin: Nullable(Type.Number(), 'accuracy a language could lose (RETRAIN_MARGIN)'),
  candidate: Nullable(Figures),
  active: Nullable(Figures),
  finishedAt: Type.String({ format: 'date-time' }),
});
const Registry = Type.Object({
  activeVersion: Nullable(Type.String()),
  models: Type.Array(Model),
  runs: Type.Array(RetrainRun),
});
const RegistryQuery = Type.Object(
  { runs: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'how many of the latest retraining runs' })) },
  { additionalProperties: false },
);

const presentModel = (m: ModelSummary) => ({
  version: m.version,
  status: m.status,
  metrics: m.metrics,
  createdAt: m.created_at.toISOString(),
  promotedAt: m.promoted_at?.toISOString() ?? null,
});

// The rows' figures are the retrain activity's own HeldOutFigures, written as JSON; the response schema serialises them field by field.
const figures = (value: Record<string, unknown> | null) => value as Static<typeof Figures> | null;

const presentRun = (r: RetrainRunRow) => ({
  runId: r.run_id,
  decision: r.decision,
  reason: r.reason,
  candidateVersion: r.candidate_version,
  activeVersion: r.active_version,
  correctionsUsed: r.corrections_used,
  correctionsHeldOut: r.corrections_held_out,
  margin: r.margin,
  candidate: figures(r.candidate_figures),
  active: figures(r.active_figures),
  finishedAt: r.finished_at.toISOString(),
});

/** The model registry and the retraining Schedule's decisions: read by operators' keys, leads and admins. */
export const modelRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/models',
    {
      config: { scope: 'models' },
      schema: {
        summary: 'The classifier registry: its versions, the active one, and each retraining run\'s decision and figures',
        description:
          'Models newest first (all of them: few, one per promotion). Runs newest first: each `caseflow-model-retrain` run, promoted, refused or failed, with the per-language accuracy of candidate and active model on the same held-out texts.',
        querystring: RegistryQuery,
        response: { 200: Registry, 400: ErrorBody },
      },
    },
    async (request) => {
      const [models, runs] = await Promise.all([listModels(db), listRetrainRuns(db, request.query.runs ?? 20)]);
      return { activeVersion: models.find((m) => m.status === 'active')?.version ?? null, models: models.map(presentModel), runs: runs.map(presentRun) };
    },
  );
};
