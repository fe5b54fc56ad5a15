import { sleep } from '../processes';

export interface Outcome {
  key: string;
  /** The request id from the first 2xx, if any attempt got one. */
  id: string | undefined;
  attempts: number;
  resolveWanted: boolean;
  resolved: boolean;
}

/** One HTTP attempt: which intake copy it went to, when, and what came back (0: no answer). */
export interface Attempt {
  copy: number;
  at: number;
  status: number;
  /** What was asked (`POST /v1/requests`), and, without an answer, why: for the run's log. */
  what: string;
  error?: string;
}

export interface LoadOptions {
  /** Every intake copy; attempts go to them in turn, as a load balancer without health checks would send them. */
  intakeUrls: string[];
  /** Every attempt is appended here. */
  attempts: Attempt[];
  apiKey: string;
  runId: string;
  requests: number;
  concurrency: number;
  /** Every n-th request is also resolved once it is classified. */
  resolveEvery: number;
  /** How long one request may keep retrying before the client gives up on it. */
  giveUpAfterMs: number;
  /** Posts at most this many new requests a second, so the load outlasts the kill plan. */
  ratePerSecond: number;
}

const subjects = [
  ['Card not arrived', 'I ordered a new card two weeks ago and it still has not arrived.'],
  ['Payment declined', 'My card payment was declined at the shop even though I have money.'],
  ['Transfer missing', 'I sent money to my friend yesterday and she has not received it.'],
  ['卡还没到', '我两周前申请了新卡，到现在还没有收到，请问什么时候能到？'],
  ['Exchange rate', 'Why did I get a bad exchange rate on my card payment abroad?'],
] as const;

/**
 * A posting service as it should be written: every request carries an Idempotency-Key and
 * is retried (network errors, 5xx, 429) with backoff until a 2xx, exactly what the chaos
 * run needs to prove that a retried request is never lost and never doubled.
 */
export async function runLoad(options: LoadOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = Array.from({ length: options.requests }, (_, i) => ({
    key: `${options.runId}-${i}`,
    id: undefined,
    attempts: 0,
    resolveWanted: i % options.resolveEvery === 0,
    resolved: false,
  }));
  let next = 0;
  const started = Date.now();
  const headers = { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' };
  const worker = async () => {
    for (let i = next++; i < outcomes.length; i = next++) {
      const outcome = outcomes[i]!;
      const due = started + (i * 1000) / options.ratePerSecond;
      if (due > Date.now()) await sleep(due - Date.now());
      const [subject, body] = subjects[i % subjects.length]!;
      const answer = await retrying(options, 'POST /v1/requests', (intakeUrl) => {
        outcome.attempts += 1;
        return fetch(`${intakeUrl}/v1/requests`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': outcome.key },
          body: JSON.stringify({ customerId: `chaos-${i % 50}`, subject, body: `${body} (#${i})`, channel: 'chaos' }),
          signal: AbortSignal.timeout(15_000),
        });
      });
      if (answer?.status === 202) outcome.id = ((await answer.json()) as { id: string }).id;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return outcomes;
}

/** Resolves the chosen requests once classified (or assigned); a 409 after a lost answer is checked against the state. */
export async function resolveChosen(options: LoadOptions, outcomes: Outcome[]): Promise<void> {
  const headers = { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' };
  let next = 0;
  const chosen = outcomes.filter((outcome) => outcome.resolveWanted && outcome.id !== undefined);
  const worker = async () => {
    for (let i = next++; i < chosen.length; i = next++) {
      const outcome = chosen[i]!;
      const deadline = Date.now() + options.giveUpAfterMs;
      while (Date.now() < deadline && !outcome.resolved) {
        const status = await currentStatus(options, outcome.id!);
        if (status === 'resolved') {
          outcome.resolved = true;
          break;
        }
        // Assignment is on: a request may be handed to an agent before the client resolves it.
        if (status !== 'classified' && status !== 'assigned') {
          await sleep(300);
          continue;
        }
        const answer = await retrying(options, `POST /v1/requests/${outcome.id}/resolve`, (intakeUrl) =>
          fetch(`${intakeUrl}/v1/requests/${outcome.id}/resolve`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ resolution: 'resolved by the chaos run' }),
            signal: AbortSignal.timeout(15_000),
          }),
        );
        // A 409 (the read model not yet showing a change the workflow made) is read again
        // after a pause: at once, one request's client sent thousands of resolves a minute.
        if (answer?.ok !== true) await sleep(300);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}

async function currentStatus(options: LoadOptions, id: string): Promise<string | undefined> {
  const answer = await retrying({ ...options, giveUpAfterMs: 60_000 }, `GET /v1/requests/${id}`, (intakeUrl) =>
    fetch(`${intakeUrl}/v1/requests/${id}`, { headers: { authorization: `Bearer ${options.apiKey}` }, signal: AbortSignal.timeout(15_000) }),
  );
  return answer?.ok ? ((await answer.json()) as { status: string }).status : undefined;
}

let turn = 0;

/**
 * Sends to the intake copies in turn and retries network failures, 5xx and 429 with capped
 * exponential backoff; any other answer is final. Logs every attempt in options.attempts.
 */
async function retrying(
  options: Pick<LoadOptions, 'intakeUrls' | 'attempts' | 'giveUpAfterMs'>,
  what: string,
  send: (intakeUrl: string) => Promise<Response>,
): Promise<Response | undefined> {
  const deadline = Date.now() + options.giveUpAfterMs;
  for (let delay = 100; Date.now() < deadline; delay = Math.min(delay * 2, 2_000)) {
    const copy = turn++ % options.intakeUrls.length;
    const attempt: Attempt = { copy, at: Date.now(), status: 0, what };
    options.attempts.push(attempt);
    try {
      const response = await send(options.intakeUrls[copy]!);
      attempt.status = response.status;
      if (!response.ok) attempt.error = (await response.clone().text()).slice(0, 500);
      if (response.status < 500 && response.status !== 429) return response;
      await response.body?.cancel();
    } catch (error) {
      // connection refused or reset, timeout: the process is down or restarting
      attempt.error = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
    }
    await sleep(delay + Math.random() * delay);
  }
  return undefined;
}
