/**
 * Generated from intake's OpenAPI document (openapi.json beside package.json; types by
 * openapi-typescript). Do not edit: run `pnpm --filter @caseflow/client generate`.
 */

/** POST operations that honour an Idempotency-Key, as path templates. */
export const idempotentPostPaths: readonly string[] = ["/v1/requests","/v1/requests/{id}/messages"];
