// The README's quick start, type-checked with the package (`pnpm --filter @caseflow/client typecheck`).
import { createCaseflowClient, CaseflowApiError } from '../src/index.js';

const caseflow = createCaseflowClient({ baseUrl: 'https://caseflow.example.com', apiKey: process.env['CASEFLOW_KEY']! });
const { id } = await caseflow.requests.create({ customer: { externalId: 'crm-1001' }, subject: 'Card declined', body: 'Twice today.' });
for await (const request of caseflow.requests.list({ queue: 'cards', status: 'classified' })) console.log(request.id, request.priority);
try {
  await caseflow.requests.get(id);
} catch (error) {
  if (error instanceof CaseflowApiError) console.error(error.status, error.code, error.details);
}
