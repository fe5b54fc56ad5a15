import { type CodecKey, FieldCipher } from '@caseflow/codec';
import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import * as initial from './migrations/2026-11-25-0001-initial';
import * as webhooksAndEmail from './migrations/2026-11-25-0200-webhooks-and-email';
import * as apiKeysCustomersSearch from './migrations/2026-11-25-0300-api-keys-customers-search';
import * as lifecycleAndSla from './migrations/2026-11-25-0350-lifecycle-and-sla';
import * as analytics from './migrations/2026-11-25-0400-analytics';
import * as analyticsDurations from './migrations/2026-11-25-0450-analytics-durations';
import * as wallClockSeconds from './migrations/2026-11-25-0500-wall-clock-seconds';
import * as idempotencyScope from './migrations/2026-11-30-0100-idempotency-scope';
import * as customerCreator from './migrations/2026-11-30-0110-customer-creator';
import { webhookSecretEncryption } from './migrations/2026-11-30-0200-webhook-secret-encryption';
import * as agents from './migrations/2026-11-30-1000-agents';
import * as eventActor from './migrations/2026-11-30-1010-event-actor';
import * as assignment from './migrations/2026-11-30-1100-assignment';
import * as conversations from './migrations/2026-11-30-2000-conversations';
import * as inboundMail from './migrations/2026-11-30-2010-inbound-mail';
import * as customerActor from './migrations/2026-11-30-2020-customer-actor';
import * as eventStream from './migrations/2026-12-01-1000-event-stream';
import * as macros from './migrations/2026-12-01-1010-macros';
import * as slaClocks from './migrations/2026-12-01-1020-sla-clocks';
import * as erasure from './migrations/2026-12-01-1100-erasure';
import * as customerKeys from './migrations/2026-12-01-1110-customer-keys';
import * as calendarHours from './migrations/2026-12-01-1200-calendar-hours';
import * as emailBounces from './migrations/2026-12-02-1000-email-bounces';
import * as nextReply from './migrations/2026-12-02-1100-next-reply';
import * as requestLanguage from './migrations/2026-12-03-1000-request-language';
import * as categoryConfirmed from './migrations/2026-12-03-1010-category-confirmed';
import * as duplicatesAndMerge from './migrations/2026-12-04-1000-duplicates-and-merge';
import * as eventOutbox from './migrations/2026-12-04-2000-event-outbox';
import * as modelRetrainRuns from './migrations/2026-12-04-3000-model-retrain-runs';
import * as incidents from './migrations/2026-12-05-1000-incidents';
import type { Database } from './schema';

export interface MigrateOptions {
  /** The codec key ring (CODEC_KEYS): migrations that encrypt data at rest seal with it; empty leaves it clear. */
  codecKeys?: readonly CodecKey[];
}

// Listed here rather than read from a folder, so migrations travel with the code
// whatever runs it (tsx, vitest, a bundle) and their order is reviewed like code.
export const migrationsFor = ({ codecKeys = [] }: MigrateOptions = {}): Record<string, Migration> => ({
  '2026-11-25-0001-initial': initial,
  '2026-11-25-0200-webhooks-and-email': webhooksAndEmail,
  '2026-11-25-0300-api-keys-customers-search': apiKeysCustomersSearch,
  '2026-11-25-0350-lifecycle-and-sla': lifecycleAndSla,
  '2026-11-25-0400-analytics': analytics,
  '2026-11-25-0450-analytics-durations': analyticsDurations,
  '2026-11-25-0500-wall-clock-seconds': wallClockSeconds,
  '2026-11-30-0100-idempotency-scope': idempotencyScope,
  '2026-11-30-0110-customer-creator': customerCreator,
  '2026-11-30-0200-webhook-secret-encryption': webhookSecretEncryption(new FieldCipher(codecKeys)),
  '2026-11-30-1000-agents': agents,
  '2026-11-30-1010-event-actor': eventActor,
  '2026-11-30-1100-assignment': assignment,
  '2026-11-30-2000-conversations': conversations,
  '2026-11-30-2010-inbound-mail': inboundMail,
  '2026-11-30-2020-customer-actor': customerActor,
  '2026-12-01-1000-event-stream': eventStream,
  '2026-12-01-1010-macros': macros,
  '2026-12-01-1020-sla-clocks': slaClocks,
  '2026-12-01-1100-erasure': erasure,
  '2026-12-01-1110-customer-keys': customerKeys,
  '2026-12-01-1200-calendar-hours': calendarHours,
  '2026-12-02-1000-email-bounces': emailBounces,
  '2026-12-02-1100-next-reply': nextReply,
  '2026-12-03-1000-request-language': requestLanguage,
  '2026-12-03-1010-category-confirmed': categoryConfirmed,
  '2026-12-04-1000-duplicates-and-merge': duplicatesAndMerge,
  '2026-12-04-2000-event-outbox': eventOutbox,
  '2026-12-04-3000-model-retrain-runs': modelRetrainRuns,
  '2026-12-05-1000-incidents': incidents,
});

/** Brings the schema to the latest version; a second run finds nothing to do. */
export async function migrateToLatest(db: Kysely<Database>, options: MigrateOptions = {}): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(options) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const cause = error instanceof Error ? error : new Error(String(error ?? failed?.migrationName));
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause.message}`, { cause });
  }
  return (results ?? []).map((result) => result.migrationName);
}

/** Brings the schema to exactly the named migration: for tests of what a later one does to existing rows. */
export async function migrateTo(db: Kysely<Database>, name: string, options: MigrateOptions = {}): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor(options) } });
  const { error } = await migrator.migrateTo(name);
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
}
