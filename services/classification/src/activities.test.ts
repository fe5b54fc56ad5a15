import { Classifier, defaultRoutingPath, defaultTrainingSource, loadRouting, trainDefaultModel } from '@caseflow/classifier';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassificationActivities } from './activities';

/**
 * The default model (`trainDefaultModel`: banking77 English + Chinese, the threshold it
 * chooses on its validation texts) as `make up` serves it, capped to the first
 * LIMIT examples per label in each file so the test trains in seconds rather than the
 * full model's minute; the full model routes them too (docs/benchmarks.md).
 */
const LIMIT = 20;
let classify: ReturnType<typeof createClassificationActivities>['classify'];

beforeAll(async () => {
  const artifact = await trainDefaultModel({ ...defaultTrainingSource, limitPerLabel: LIMIT });
  const classifier = Classifier.fromArtifact(artifact);
  // The texts here are in clear, as in histories from before sealing: opening them changes nothing.
  classify = createClassificationActivities(() => classifier, loadRouting(defaultRoutingPath), async (texts) => texts).classify;
}, 600_000);

describe('the classify activity with the default model', () => {
  it('routes a Chinese lost-card request to security automatically', async () => {
    const c = await classify({ requestId: 'r1', subject: '我的卡丢了', body: '昨天在地铁上把银行卡弄丢了，请帮我冻结。' });
    expect(c).toMatchObject({ category: 'lost_or_stolen_card', queue: 'security', priority: 'urgent' });
  });

  it('routes a Chinese missing-refund request to payments automatically', async () => {
    const c = await classify({ requestId: 'r2', subject: '退款还没到账', body: '我上周申请的退款到现在还没有到账。' });
    expect(c).toMatchObject({ category: 'Refund_not_showing_up', queue: 'payments' });
  });

  it('sends an out-of-scope request (an app crash, no banking77 intent) to triage, not to a category\'s queue', async () => {
    const c = await classify({ requestId: 'r4', subject: 'App problem', body: 'The app crashes every time I open it since the update, on my iPhone.' });
    expect(c).toMatchObject({ category: 'out_of_scope', queue: 'triage' });
    const zh = await classify({ requestId: 'r5', subject: 'App闪退', body: '更新以后App一打开就闪退，重装了也不行' });
    expect(zh).toMatchObject({ category: 'out_of_scope', queue: 'triage' });
  });

  it('still routes English requests', async () => {
    const c = await classify({ requestId: 'r3', subject: 'Lost card', body: 'I lost my card on the train yesterday, please block it.' });
    expect(c).toMatchObject({ category: 'lost_or_stolen_card', queue: 'security' });
  });
});
