import { requestLanguage, requestLevel } from '@caseflow/assignment';
import type { ServiceRequestInput, ThreadMessage } from '@caseflow/contracts';
import type { CustomerVault } from '@caseflow/db';

/**
 * What a request workflow is started with, its customer's words sealed under their data key
 * (crypto-shredding, docs/security.md): subject, body and the metadata (e-mail address,
 * HTML, attachment names …) as one sealed JSON string. The two facts the workflow itself
 * reads from the metadata stay readable: the language (as intake recorded it, else decided
 * here from the words, as the workflow would) and the skill level.
 */
export async function sealRequestInput(vault: CustomerVault, input: ServiceRequestInput): Promise<ServiceRequestInput> {
  const seal = await vault.sealer(input.customerId);
  const level = requestLevel(input.metadata);
  return {
    ...input,
    subject: seal(input.subject),
    body: seal(input.body),
    metadata: { language: input.language ?? requestLanguage(input), ...(level === 1 ? {} : { skillLevel: level }), sealed: seal(JSON.stringify(input.metadata)) },
  };
}

/** A customer's message as it goes to their request's workflow: body, HTML and author name sealed. */
export async function sealCustomerMessage<M extends Pick<ThreadMessage, 'body' | 'html' | 'author'>>(vault: CustomerVault, customerId: string, message: M): Promise<M> {
  const seal = await vault.sealer(customerId);
  const { name, ...author } = message.author;
  return { ...message, body: seal(message.body), html: message.html === null ? null : seal(message.html), author: name === undefined ? author : { ...author, name: seal(name) } };
}
