import { FieldCipher } from '@caseflow/codec';
import { commonConfig, readConfig } from '@caseflow/config';
import { resealSubscriptionSecrets } from '@caseflow/db';
import type { Command } from '../command';
import { withRegistry } from '../registry';

/**
 * After a new key is put first in CODEC_KEYS (docs/operations.md): seals every webhook
 * signing secret still clear or under an older key with the newest one, so the old key
 * can leave the ring. Safe to run again; a second run moves nothing.
 */
export const webhooksResealSecrets: Command = {
  path: ['webhooks', 'reseal-secrets'],
  summary: 'seal every webhook signing secret with the newest CODEC_KEYS key (after a key rotation)',
  usage: '',
  options: {},
  async run(_values, ctx) {
    const { codecKeys } = readConfig({ codecKeys: commonConfig.codecKeys }, ctx.env ?? process.env);
    if (codecKeys.length === 0) {
      ctx.stderr.write('caseflow webhooks reseal-secrets: CODEC_KEYS is not set; there is no key to seal with\n');
      return 1;
    }
    const cipher = new FieldCipher(codecKeys);
    const moved = await withRegistry(ctx, (db) => resealSubscriptionSecrets(db, cipher));
    ctx.stdout.write(`sealed ${moved} webhook subscription(s) with key ${cipher.activeKeyId ?? ''}\n`);
  },
};
