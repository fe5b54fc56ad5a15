import { Client, Connection, type WorkflowClientInterceptor } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { NativeConnection } from '@temporalio/worker';

export interface TemporalSettings {
  address: string;
  namespace: string;
  /** Applied to every payload the client sends and receives (see @caseflow/codec). */
  payloadCodecs?: PayloadCodec[];
  /** Around every workflow call the client makes (tracing: @caseflow/tracing's clientInterceptors). */
  interceptors?: WorkflowClientInterceptor[];
}

/** A client for starting, updating and querying workflows (intake, tools, tests). */
export async function connectClient({ address, namespace, payloadCodecs = [], interceptors = [] }: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect({ address });
  return new Client({ connection, namespace, dataConverter: { payloadCodecs }, interceptors: { workflow: interceptors } });
}

/** The connection a worker polls with. */
export async function connectWorker({ address }: TemporalSettings): Promise<NativeConnection> {
  return NativeConnection.connect({ address });
}

/** True when the Temporal frontend answers within the timeout: the readiness probe. */
export async function isTemporalReachable(client: Client, namespace: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    await client.connection.withDeadline(Date.now() + timeoutMs, () =>
      client.connection.workflowService.describeNamespace({ namespace }),
    );
    return true;
  } catch {
    return false;
  }
}
