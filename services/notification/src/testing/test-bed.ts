import { randomBytes, randomUUID } from 'node:crypto';
import { FieldCipher } from '@caseflow/codec';
import type { DeliveryPolicy } from '@caseflow/contracts';
import { createDb, CustomerVault, type Db, deleteSubscription, migrateToLatest } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { AddressPolicy, type Resolver } from '@caseflow/net-guard';
import { connectClient, installTemporalRuntime } from '@caseflow/temporal';
import { createTestDatabase, freePort, type RunningPostgres } from '@caseflow/test-harness';
import { SmtpMailbox } from '@caseflow/test-harness/smtp';
import type { Client } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { createTransport } from 'nodemailer';
import { inject } from 'vitest';
import type { EmailSettings } from '../email/activities';
import type { WebhookSettings } from '../webhooks/activities';
import { createNotificationWorker } from '../worker';
import { subscribe } from './fixtures';
import { TestReceiver } from './receiver';

export interface TestBedOptions {
  /** Names the task queue and the loggers. */
  name: string;
  /** Short intervals keep retries to seconds. */
  policy: DeliveryPolicy;
  autoDisableAfterSeconds: number;
  /** Host names the test resolves itself; the system resolver otherwise. */
  resolve?: Resolver;
  /** Serve the SDK runtime's Prometheus metrics on a free port (`metricsUrl`). */
  metrics?: boolean;
}

/**
 * What a notification test runs against: its own database, a loopback mailbox, the Temporal
 * test server and a notification worker on a task queue of its own, with signing secrets
 * sealed at rest as in production; and the receivers and subscriptions a test makes, undone
 * after each test.
 */
export class NotificationTestBed {
  readonly taskQueue: string;
  /** Signing secrets sealed at rest, as in production: the worker opens them to sign. */
  readonly secrets = new FieldCipher([{ id: 'test-1', key: new Uint8Array(randomBytes(32)) }]);
  db!: Db;
  client!: Client;
  smtp!: SmtpMailbox;
  metricsUrl: string | undefined;
  #database: RunningPostgres | undefined;
  #connection: NativeConnection | undefined;
  #worker: Worker | undefined;
  #running: Promise<void> | undefined;
  readonly #receivers: TestReceiver[] = [];
  readonly #subscriptions: string[] = [];

  constructor(private readonly options: TestBedOptions) {
    this.taskQueue = `${options.name}-${randomUUID()}`;
  }

  /** Webhooks to loopback 127.0.0.1 only, as a developer's `make up` allows it (the receivers live there); e-mail to the mailbox. */
  settings(): { webhooks: WebhookSettings; email: EmailSettings } {
    const { policy, autoDisableAfterSeconds, resolve } = this.options;
    return {
      webhooks: { policy, autoDisableAfterSeconds, destinations: AddressPolicy.fromAllowList('127.0.0.1/32'), ...(resolve === undefined ? {} : { resolve }), secrets: this.secrets },
      email: {
        transport: createTransport({ host: '127.0.0.1', port: this.smtp.port, secure: false, ignoreTLS: true }),
        from: 'caseflow <caseflow@support.example.com>',
        queueRecipients: { cards: ['cards-team@example.com'] },
        adminRecipients: ['ops@example.com'],
        requestLinkBase: 'https://help.example.com/requests/',
      },
    };
  }

  async start(): Promise<this> {
    // Dead deliveries are expected in these tests; the SDK's warnings about them would only be
    // noise. The runtime is this test process's own (vitest runs each file in a process of its own).
    const metricsAddress = this.options.metrics === true ? `127.0.0.1:${await freePort()}` : undefined;
    installTemporalRuntime(createLogger(this.options.name, 'error'), metricsAddress === undefined ? {} : { metricsAddress });
    this.metricsUrl = metricsAddress === undefined ? undefined : `http://${metricsAddress}/metrics`;
    this.#database = await createTestDatabase(inject('databaseUrl'));
    this.db = createDb(this.#database.databaseUrl, { maxConnections: 8 });
    await migrateToLatest(this.db);
    this.smtp = await new SmtpMailbox().start();
    this.client = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
    this.#connection = await NativeConnection.connect({ address: inject('temporalAddress') });
    this.#worker = await createNotificationWorker({
      connection: this.#connection,
      namespace: inject('temporalNamespace'),
      db: this.db,
      vault: this.vault(),
      logger: createLogger(this.options.name, 'silent'),
      taskQueue: this.taskQueue,
      ...this.settings(),
    });
    this.#running = this.#worker.run();
    return this;
  }

  get databaseUrl(): string {
    if (this.#database === undefined) throw new Error('the test bed is not started');
    return this.#database.databaseUrl;
  }

  /** Customers' words in these tests are in clear: a vault with no key ring opens nothing. */
  vault(): CustomerVault {
    return new CustomerVault(this.db, new FieldCipher([]));
  }

  async receiver(): Promise<TestReceiver> {
    const started = await new TestReceiver().start();
    this.#receivers.push(started);
    return started;
  }

  async subscribed(url: string, events?: string[]) {
    const subscription = await subscribe(this.db, url, events, this.secrets);
    this.#subscriptions.push(subscription.id);
    return subscription;
  }

  /** The subscription is gone already (the test deleted it): nothing to undo. */
  forget(subscriptionId: string): void {
    const at = this.#subscriptions.indexOf(subscriptionId);
    if (at >= 0) this.#subscriptions.splice(at, 1);
  }

  /** After each test: its subscriptions deleted (later events must not reach them) and its receivers stopped. */
  async cleanUp(): Promise<void> {
    await Promise.all(this.#subscriptions.splice(0).map((id) => deleteSubscription(this.db, id)));
    await Promise.all(this.#receivers.splice(0).map((receiver) => receiver.stop()));
  }

  async stop(): Promise<void> {
    this.#worker?.shutdown();
    await this.#running;
    await this.#connection?.close();
    await this.client?.connection.close();
    await this.smtp?.stop();
    await this.db?.destroy();
    await this.#database?.stop();
  }
}
