import type { CustomerChangeGuard, CustomerRow } from '@caseflow/db';
import type { FastifyRequest } from 'fastify';
import { grants, type Principal } from './auth';
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

export function canSeeCustomer(principal: Principal, customer: CustomerRow): boolean {
  return grants(principal, 'requests:read') || grants(principal, 'operator') || (customer.created_by !== null && customer.created_by === principal.keyId);
}

export function customerGuard(principal: Principal): CustomerChangeGuard {
  return (existing, changes) => {
    if (grants(principal, 'operator')) return;
    const creator = existing.created_by !== null && existing.created_by === principal.keyId;
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
