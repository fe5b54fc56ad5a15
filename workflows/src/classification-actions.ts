import { actorFrom, priorities } from '@caseflow/contracts';
import { type ActionContext, actionRegistrar } from './action-registry';
import { invalid, requireText } from './action-rules';

/** A person corrects the classifier (another category, and so queue and priority, or another priority; both re-plan the SLA) or confirms its category. */
export function registerClassificationActions(ctx: ActionContext): void {
  const { state } = ctx;
  const register = actionRegistrar(ctx);

  register('reclassify', {
    validate: ({ category }) => requireText(category, 'category', 128),
    change: async ({ category, actor }) => {
      const route = await ctx.routeCategory(category);
      const from = state.classification;
      return {
        type: 'request.reclassified',
        actor: actorFrom(actor),
        action: 'reclassify',
        data: { from: { category: from?.category, queue: from?.queue, priority: from?.priority }, to: { category, ...route } },
        apply: (s) => {
          // A person decided: full confidence; modelVersion still names the model that first classified it.
          if (s.classification !== null) s.classification = { ...s.classification, category, ...route, confidence: 1 };
        },
        replan: true,
      };
    },
  });

  // An operator says the category is right: no change to the request, only the record that someone looked (classifier quality counts it).
  register('confirm-category', {
    guard: () => {
      if (state.classification === null) throw invalid('the request has no category to confirm yet');
    },
    change: ({ actor }) => ({
      type: 'request.category_confirmed',
      actor: actorFrom(actor),
      action: 'confirm-category',
      data: { category: state.classification?.category ?? null, queue: state.classification?.queue ?? null },
    }),
  });

  register('priority', {
    validate: ({ priority }) => {
      if (!(priorities as readonly unknown[]).includes(priority)) throw invalid(`priority must be one of ${priorities.join(', ')}`);
    },
    change: ({ priority, actor }) => ({
      type: 'request.priority_changed',
      actor: actorFrom(actor),
      action: 'priority',
      data: { from: state.classification?.priority ?? null, to: priority },
      apply: (s) => {
        if (s.classification !== null) s.classification = { ...s.classification, priority };
      },
      replan: true,
    }),
  });}
