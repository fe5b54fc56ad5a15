import type { CustomerChangeGuard, CustomerRow } from '@caseflow/db';
import type { FastifyRequest } from 'fastify';
import { grants } from '@caseflow/people';
import type { Principal } from './auth';
import { ApiError } from './errors';

/**
 * Who may see and change a customer's personal data (docs/security.md, "Customers"):
 * readers (`requests:read`) and operators see every customer; a posting key sees only
 * the customers it created. Changing a customer needs the key that created it or `operator`; changing an
 * e-mail address that is already set needs `operator` whoever created the customer,
 * because replies to the customer go there.
 */
export function caller(request: FastifyRequest): Principal {
  if (request.principal === null) throw new ApiError(401, 'unauthenticated', 'this route needs an API key');
  return request.principal;
}

/**
 * The credential recorded as a customer's creator and as the owner of an Idempotency-Key:
 * an API key by its id (as before agents existed), a signed-in agent as `agent:<id>`, so
 * the two kinds can never collide.
 */
export function credentialId(principal: Principal): string {
  return principal.kind === 'api_key' ? principal.id : `agent:${principal.id}`;
}

export function canSeeCustomer(principal: Principal, customer: CustomerRow): boolean {
  return grants(principal.credential, 'requests:read') || grants(principal.credential, 'operator') || (customer.created_by !== null && customer.created_by === credentialId(principal));
}

export function customerGuard(principal: Principal): CustomerChangeGuard {
  return (existing, changes) => {
    if (grants(principal.credential, 'operator')) return;
    const creator = existing.created_by !== null && existing.created_by === credentialId(principal);
    if (changes.email !== undefined && !(creator && existing.email === null)) {
      throw new ApiError(403, 'forbidden', "changing a customer's e-mail address needs an API key with scope operator; a posting key may only set one on a customer it created that has none", {
        requiredScope: 'operator',
        field: 'email',
      });
    }
    if (!creator && (changes.name !== undefined || changes.externalId !== undefined)) {
      throw new ApiError(403, 'forbidden', 'this key did not create the customer: changing it needs an API key with scope operator', {
        requiredScope: 'operator',
        fields: Object.keys(changes),
      });
    }
  };
}
