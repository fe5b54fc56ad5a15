/**
 * Generated from intake's OpenAPI document (openapi.json beside package.json; types by
 * openapi-typescript). Do not edit: run `pnpm --filter @caseflow/client generate`.
 */

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The exposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            checks?: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search requests
         * @description Newest first, ordered by (createdAt, id), or with `sort=sla` earliest SLA due first (then id; none last); keyset pages: pass nextCursor back as `cursor` with the same filters and sort. An agent sees the requests of the queues they serve.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                    queue?: string;
                    category?: string;
                    priority?: "low" | "normal" | "high" | "urgent";
                    customerId?: string;
                    /** @description the same as customerId (give one of them) */
                    customer?: string;
                    /** @description an agent id; `me` (the signed-in agent); `none` (nobody assigned) */
                    assignee?: string;
                    /** @description true: not resolved or closed; false: resolved or closed */
                    open?: boolean;
                    /** @description open requests already breached or due within the next business hour of their SLA calendar */
                    breaching?: "soon";
                    /** @description `created` (default): newest first; `sla`: earliest SLA due first, requests without one last */
                    sort?: "created" | "sla";
                    escalated?: boolean;
                    /** @description inclusive */
                    createdFrom?: string;
                    /** @description exclusive */
                    createdTo?: string;
                    /** @description full-text search over subject and body: English words (stemmed) and Chinese (any run of characters, matched as written) */
                    q?: string;
                    limit?: number;
                    /** @description nextCursor of the previous page, as given */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                /** @enum {unknown} */
                                status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                                customerId: string;
                                customerName: string | null;
                                subject: string;
                                body: string;
                                type: string;
                                channel: string;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                category: string | null;
                                queue: string | null;
                                priority: string | null;
                                confidence: number | null;
                                modelVersion: string | null;
                                alternatives: {
                                    label: string;
                                    confidence: number;
                                }[] | null;
                                assignee: {
                                    id: string;
                                    name: string;
                                } | null;
                                resolution: string | null;
                                escalationLevel: number;
                                slaDueAt: string | null;
                                slaBreached: boolean;
                                slaWarnAt: string | null;
                                workflowId: string;
                                createdAt: string;
                                updatedAt: string;
                                classifiedAt: string | null;
                                resolvedAt: string | null;
                                closedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a request
         * @description Accepts the request (202) and starts its workflow. With an Idempotency-Key, retries from the same API key return the same request; the same key with a different body is 422 `idempotency_key_reused`. Keys are per API key: another key's identical Idempotency-Key is another request. A `customer` profile that would change an existing customer's e-mail needs scope operator (403). A customer being or having been erased is 409 `customer_erased`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description Exactly one of customerId and customer. */
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "customer": {
                     *         "externalId": "crm-1001",
                     *         "name": "Ada Lovelace",
                     *         "email": "ada@example.com"
                     *       },
                     *       "subject": "Card payment declined",
                     *       "body": "My card was declined twice today.",
                     *       "type": "complaint",
                     *       "channel": "web"
                     *     }
                     */
                    "application/json": {
                        /** @description an existing customer; an id never seen before is registered as a bare customer (compatible with integrations that predate /v1/customers) */
                        customerId?: string;
                        /** @description upserted by externalId: created when new, name and email updated when given */
                        customer?: {
                            /** @description your system's id for the customer (the CRM link) */
                            externalId: string;
                            name?: string;
                            /** Format: caseflow-email */
                            email?: string;
                        };
                        subject: string;
                        body: string;
                        /** @enum {unknown} */
                        type?: "inquiry" | "complaint" | "feedback" | "other";
                        channel?: string;
                        metadata?: {
                            [key: string]: unknown;
                        };
                    } & (unknown | unknown);
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            workflowId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its classification (alternatives included), SLA state and latest events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            firstRespondedAt: string | null;
                            /** @description the workflow's SLA clocks as last recorded; null for a request that recorded no event since they were kept */
                            slaClocks: {
                                firstResponse: {
                                    /** @description stopped: met (or no longer counted); paused: waiting on the customer */
                                    state: "running" | "paused" | "stopped";
                                    /** @description business minutes; null: no SLA policy applies */
                                    targetMinutes: number | null;
                                    dueAt: string | null;
                                    warnAt: string | null;
                                    breached: boolean;
                                    stoppedAt: string | null;
                                    /** @description of the target, in the policy's business calendar, at the time of the answer; negative when overdue */
                                    businessMinutesRemaining: number | null;
                                };
                                resolution: {
                                    /** @description stopped: met (or no longer counted); paused: waiting on the customer */
                                    state: "running" | "paused" | "stopped";
                                    /** @description business minutes; null: no SLA policy applies */
                                    targetMinutes: number | null;
                                    dueAt: string | null;
                                    warnAt: string | null;
                                    breached: boolean;
                                    stoppedAt: string | null;
                                    /** @description of the target, in the policy's business calendar, at the time of the answer; negative when overdue */
                                    businessMinutesRemaining: number | null;
                                };
                                /** @description from a customer's message (after the first response) to the next public reply; null until a customer's message first awaited one */
                                nextReply: {
                                    /** @description stopped: met (or no longer counted); paused: waiting on the customer */
                                    state: "running" | "paused" | "stopped";
                                    /** @description business minutes; null: no SLA policy applies */
                                    targetMinutes: number | null;
                                    dueAt: string | null;
                                    warnAt: string | null;
                                    breached: boolean;
                                    stoppedAt: string | null;
                                    /** @description of the target, in the policy's business calendar, at the time of the answer; negative when overdue */
                                    businessMinutesRemaining: number | null;
                                } | null;
                            } | null;
                            /** @description the most recent events, oldest first (all of them: GET /v1/requests/:id/events) */
                            latestEvents: {
                                id: string;
                                requestId: string;
                                seq: number;
                                type: string;
                                actor: {
                                    kind: "agent" | "api_key";
                                    id: string;
                                    name: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "system";
                                } | {
                                    /** @enum {string} */
                                    kind: "customer";
                                    id: string;
                                };
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request's events, oldest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                requestId: string;
                                seq: number;
                                type: string;
                                actor: {
                                    kind: "agent" | "api_key";
                                    id: string;
                                    name: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "system";
                                } | {
                                    /** @enum {string} */
                                    kind: "customer";
                                    id: string;
                                };
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                url: string;
                                events: string[];
                                description: string | null;
                                active: boolean;
                                includeInternal: boolean;
                                previousSecretValidUntil: string | null;
                                failingSince: string | null;
                                disabledAt: string | null;
                                disabledReason: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description http or https, without credentials or fragment; a host that is a private, loopback or link-local address is refused (400 `webhook_destination_refused`) unless WEBHOOK_ALLOW_PRIVATE allows it
                         */
                        url: string;
                        events: ("*" | ("request.created" | "request.classified" | "request.assigned" | "request.unassigned" | "request.status_changed" | "request.commented" | "request.replied" | "request.message_received" | "request.note_added" | "request.escalated" | "request.sla_warning" | "request.resolved" | "request.reopened" | "request.closed" | "request.feedback"))[];
                        description?: string | null;
                        active?: boolean;
                        includeInternal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            includeInternal: boolean;
                            previousSecretValidUntil: string | null;
                            failingSince: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } & {
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            includeInternal: boolean;
                            previousSecretValidUntil: string | null;
                            failingSince: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request does not match this operation's schema, or breaks a rule the description states (`invalid_request`, …). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request does not match this operation's schema, or breaks a rule the description states (`invalid_request`, …). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description http or https, without credentials or fragment; a host that is a private, loopback or link-local address is refused (400 `webhook_destination_refused`) unless WEBHOOK_ALLOW_PRIVATE allows it
                         */
                        url?: string;
                        events?: ("*" | ("request.created" | "request.classified" | "request.assigned" | "request.unassigned" | "request.status_changed" | "request.commented" | "request.replied" | "request.message_received" | "request.note_added" | "request.escalated" | "request.sla_warning" | "request.resolved" | "request.reopened" | "request.closed" | "request.feedback"))[];
                        description?: string | null;
                        active?: boolean;
                        includeInternal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            includeInternal: boolean;
                            previousSecretValidUntil: string | null;
                            failingSince: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        graceSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: string[];
                            description: string | null;
                            active: boolean;
                            includeInternal: boolean;
                            previousSecretValidUntil: string | null;
                            failingSince: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } & {
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "failed" | "delivered" | "dead";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                subscriptionId: string;
                                eventId: string;
                                eventType: string;
                                requestId: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "failed" | "delivered" | "dead";
                                attempts: number;
                                replays: number;
                                lastStatusCode: number | null;
                                lastError: string | null;
                                createdAt: string;
                                updatedAt: string;
                                deliveredAt: string | null;
                                deadAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subscriptionId: string;
                            eventId: string;
                            eventType: string;
                            requestId: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "failed" | "delivered" | "dead";
                            attempts: number;
                            replays: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            createdAt: string;
                            updatedAt: string;
                            deliveredAt: string | null;
                            deadAt: string | null;
                        } & {
                            attemptLog: {
                                attempt: number;
                                outcome: string;
                                statusCode: number | null;
                                error: string | null;
                                latencyMs: number;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match this operation's schema, or breaks a rule the description states (`invalid_request`, …). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending";
                            workflowId: string;
                        };
                    };
                };
                /** @description The request does not match this operation's schema, or breaks a rule the description states (`invalid_request`, …). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description your system's id for the customer (the CRM link) */
                    externalId?: string;
                    email?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                externalId: string | null;
                                name: string | null;
                                email: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "externalId": "crm-1001",
                     *       "name": "Ada Lovelace",
                     *       "email": "ada@example.com"
                     *     }
                     */
                    "application/json": {
                        /** @description your system's id for the customer (the CRM link) */
                        externalId?: string;
                        name?: string;
                        /** Format: caseflow-email */
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            externalId: string | null;
                            name: string | null;
                            email: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            externalId: string | null;
                            name: string | null;
                            email: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a customer
         * @description A posting key changes only customers it created (another's is 404); changing an e-mail address that is set needs scope operator (403 otherwise).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description Only the given fields change; null clears one. */
            requestBody: {
                content: {
                    "application/json": {
                        externalId?: string | null;
                        name?: string | null;
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            externalId: string | null;
                            name: string | null;
                            email: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/customers/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's requests, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                /** @enum {unknown} */
                                status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                                customerId: string;
                                customerName: string | null;
                                subject: string;
                                body: string;
                                type: string;
                                channel: string;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                category: string | null;
                                queue: string | null;
                                priority: string | null;
                                confidence: number | null;
                                modelVersion: string | null;
                                alternatives: {
                                    label: string;
                                    confidence: number;
                                }[] | null;
                                assignee: {
                                    id: string;
                                    name: string;
                                } | null;
                                resolution: string | null;
                                escalationLevel: number;
                                slaDueAt: string | null;
                                slaBreached: boolean;
                                slaWarnAt: string | null;
                                workflowId: string;
                                createdAt: string;
                                updatedAt: string;
                                classifiedAt: string | null;
                                resolvedAt: string | null;
                                closedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a customer's personal data
         * @description Terminates the customer's running request workflows, then blanks every request's subject, body, metadata and thread, attachments, raw inbound mail, e-mail and webhook delivery logs and the words in their events, and anonymises the customer (name "[erased]", no e-mail, externalId `erased:<id>`). Statuses, times and categories stay for analytics. No request may name the customer afterwards (409 `customer_erased`). A second call changes nothing and answers `alreadyErased: true`. See docs/security.md, "Erasure and retention".
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            /** Format: date-time */
                            erasedAt: string;
                            /** @description true: an earlier call erased the customer; this one changed nothing and repeats what that one erased. */
                            alreadyErased: boolean;
                            workflowsClosed: number;
                            erased: {
                                requests: number;
                                messages: number;
                                attachments: number;
                                inboundEmails: number;
                                emailDeliveries: number;
                                webhookDeliveries: number;
                                /** @description Events whose words (comments, resolutions, reasons) were removed. */
                                events: number;
                                /** @description 1: the customer's data key was destroyed, so what their workflow histories hold opens to "[erased]" (crypto-shredding). */
                                dataKeys: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                name: string;
                                /** @description the first characters of the key, to tell keys apart */
                                prefix: string;
                                scopes: string[];
                                createdAt: string;
                                expiresAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key (the key is in this answer only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "web shop",
                     *       "scopes": [
                     *         "requests:write",
                     *         "requests:read"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        name: string;
                        scopes: ("requests:write" | "requests:read" | "operator" | "admin")[];
                        /** Format: date-time */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description the first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: string[];
                            createdAt: string;
                            expiresAt: string | null;
                            revokedAt: string | null;
                            /** @description the secret: shown this once, stored only as a hash */
                            key: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description the first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: string[];
                            createdAt: string;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke an API key (effective at once; the record stays) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description the first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: string[];
                            createdAt: string;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename an API key or change its scopes (effective at once) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        scopes?: ("requests:write" | "requests:read" | "operator" | "admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description the first characters of the key, to tell keys apart */
                            prefix: string;
                            scopes: string[];
                            createdAt: string;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/analytics/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30) */
                    days?: number;
                    /** @description start (inclusive); default: 30 days before `to` */
                    from?: string;
                    /** @description end (exclusive; a date means the end of that day); default: now */
                    to?: string;
                    /** @description IANA time zone for dates and buckets; default UTC */
                    tz?: string;
                    queue?: string;
                    category?: string;
                    channel?: string;
                    type?: string;
                    /** @description bucket size; default day */
                    interval?: "hour" | "day" | "week";
                    /** @description default category */
                    groupBy?: "category" | "queue" | "channel" | "type" | "priority";
                    /** @description groups beyond the largest `top` are summed as "other"; default 10 */
                    top?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                                tz: string;
                            };
                            interval: string;
                            groupBy: string;
                            total: number;
                            series: {
                                key: string;
                                total: number;
                                points: {
                                    t: string;
                                    count: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30) */
                    days?: number;
                    /** @description start (inclusive); default: 30 days before `to` */
                    from?: string;
                    /** @description end (exclusive; a date means the end of that day); default: now */
                    to?: string;
                    /** @description IANA time zone for dates and buckets; default UTC */
                    tz?: string;
                    queue?: string;
                    category?: string;
                    channel?: string;
                    type?: string;
                    groupBy?: "queue" | "category" | "assignee";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                                tz: string;
                            };
                            groupBy: string | null;
                            groups: {
                                key: string;
                                count: number;
                                firstResponse: {
                                    /** @description seconds */
                                    wallClock: {
                                        count: number;
                                        p50: number | null;
                                        p90: number | null;
                                        mean: number | null;
                                    };
                                    /** @description seconds */
                                    businessHours: {
                                        count: number;
                                        p50: number | null;
                                        p90: number | null;
                                        mean: number | null;
                                    };
                                };
                                resolution: {
                                    /** @description seconds */
                                    wallClock: {
                                        count: number;
                                        p50: number | null;
                                        p90: number | null;
                                        mean: number | null;
                                    };
                                    /** @description seconds */
                                    businessHours: {
                                        count: number;
                                        p50: number | null;
                                        p90: number | null;
                                        mean: number | null;
                                    };
                                };
                            }[];
                            /** @description resolved requests by wall-clock resolution time */
                            histogram: {
                                upToHours: number | null;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30) */
                    days?: number;
                    /** @description start (inclusive); default: 30 days before `to` */
                    from?: string;
                    /** @description end (exclusive; a date means the end of that day); default: now */
                    to?: string;
                    /** @description IANA time zone for dates and buckets; default UTC */
                    tz?: string;
                    queue?: string;
                    category?: string;
                    channel?: string;
                    type?: string;
                    /** @description default queue */
                    groupBy?: "queue" | "priority";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                                tz: string;
                            };
                            groupBy: string;
                            groups: {
                                key: string;
                                withSla: number;
                                breached: number;
                                firstResponseBreaches: number;
                                resolutionBreaches: number;
                                /** @description requests whose next-reply clock escalated at least once */
                                nextReplyBreaches: number;
                                firstResponseCompliance: number | null;
                                resolutionCompliance: number | null;
                                compliance: number | null;
                                openBreached: number;
                                escalationsByLevel: {
                                    level: number;
                                    count: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30) */
                    days?: number;
                    /** @description start (inclusive); default: 30 days before `to` */
                    from?: string;
                    /** @description end (exclusive; a date means the end of that day); default: now */
                    to?: string;
                    /** @description IANA time zone for dates and buckets; default UTC */
                    tz?: string;
                    queue?: string;
                    category?: string;
                    channel?: string;
                    type?: string;
                    groupBy?: "queue" | "assignee";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                                tz: string;
                            };
                            groupBy: string | null;
                            overall: {
                                key: string;
                                resolved: number;
                                rated: number;
                                responseRate: number | null;
                                mean: number | null;
                                distribution: number[];
                            };
                            groups: {
                                key: string;
                                resolved: number;
                                rated: number;
                                responseRate: number | null;
                                mean: number | null;
                                distribution: number[];
                            }[];
                            trend: {
                                t: string;
                                rated: number;
                                mean: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/classifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30) */
                    days?: number;
                    /** @description start (inclusive); default: 30 days before `to` */
                    from?: string;
                    /** @description end (exclusive; a date means the end of that day); default: now */
                    to?: string;
                    /** @description IANA time zone for dates and buckets; default UTC */
                    tz?: string;
                    queue?: string;
                    category?: string;
                    channel?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                                tz: string;
                            };
                            classified: number;
                            triaged: number;
                            triageRate: number | null;
                            verified: number;
                            confirmed: number;
                            corrected: number;
                            accuracy: number | null;
                            accuracyInterval: {
                                low: number;
                                high: number;
                            } | null;
                            categories: {
                                category: string;
                                verified: number;
                                confirmed: number;
                                accuracy: number | null;
                                interval: {
                                    low: number;
                                    high: number;
                                } | null;
                            }[];
                            confusedPairs: {
                                predicted: string;
                                actual: string;
                                count: number;
                            }[];
                            reliability: {
                                low: number;
                                high: number;
                                verified: number;
                                confirmed: number;
                                accuracy: number | null;
                                meanConfidence: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30) */
                    days?: number;
                    /** @description start (inclusive); default: 30 days before `to` */
                    from?: string;
                    /** @description end (exclusive; a date means the end of that day); default: now */
                    to?: string;
                    /** @description IANA time zone for dates and buckets; default UTC */
                    tz?: string;
                    queue?: string;
                    category?: string;
                    channel?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                                tz: string;
                            };
                            previousPeriod: {
                                from: string;
                                to: string;
                            };
                            /** @description triaged or reclassified requests clustered */
                            candidates: number;
                            k: number;
                            silhouette: number;
                            topics: {
                                size: number;
                                previousSize: number;
                                growth: number | null;
                                cohesion: number;
                                emerging: boolean;
                                terms: string[];
                                examples: {
                                    id: string;
                                    subject: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    queue?: string;
                    limit?: number;
                    horizonHours?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subject: string;
                                status: string;
                                queue: string | null;
                                category: string | null;
                                priority: string | null;
                                assignee: string | null;
                                slaDueAt: string;
                                slaBreached: boolean;
                                escalationLevel: number;
                                temporalUrl: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Temporal remote codec: encode payloads */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payloads: {
                            metadata?: {
                                [key: string]: string;
                            };
                            /** Format: byte */
                            data?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                metadata?: {
                                    [key: string]: string;
                                };
                                /** Format: byte */
                                data?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Temporal remote codec: decode payloads */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payloads: {
                            metadata?: {
                                [key: string]: string;
                            };
                            /** Format: byte */
                            data?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                metadata?: {
                                    [key: string]: string;
                                };
                                /** Format: byte */
                                data?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        author: string;
                        body: string;
                        internal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/reclassify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        score: number;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the request to an agent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the agent (GET /v1/agents) to assign the request to
                         */
                        agentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the request from its agent: back to its queue's line */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/{queue}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set how a queue hands out its requests */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    queue: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        mode: "manual" | "round_robin" | "least_loaded" | "skills";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queue: string;
                            /** @enum {unknown} */
                            mode: "manual" | "round_robin" | "least_loaded" | "skills";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every queue: its mode, its line and its agents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                queue: string;
                                /** @enum {unknown} */
                                mode: "manual" | "round_robin" | "least_loaded" | "skills";
                                /** @description requests in the line: classified, nobody assigned */
                                waiting: number;
                                oldestWaitingSeconds: number | null;
                                agents: {
                                    id: string;
                                    name: string;
                                    load: number;
                                    capacity: number;
                                    availability: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/me/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My work: open requests assigned to me, most urgent SLA first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                /** @enum {unknown} */
                                status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                                customerId: string;
                                customerName: string | null;
                                subject: string;
                                body: string;
                                type: string;
                                channel: string;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                category: string | null;
                                queue: string | null;
                                priority: string | null;
                                confidence: number | null;
                                modelVersion: string | null;
                                alternatives: {
                                    label: string;
                                    confidence: number;
                                }[] | null;
                                assignee: {
                                    id: string;
                                    name: string;
                                } | null;
                                resolution: string | null;
                                escalationLevel: number;
                                slaDueAt: string | null;
                                slaBreached: boolean;
                                slaWarnAt: string | null;
                                workflowId: string;
                                createdAt: string;
                                updatedAt: string;
                                classifiedAt: string | null;
                                resolvedAt: string | null;
                                closedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take in one raw e-mail (message/rfc822) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description the raw body */
            requestBody: {
                content: {
                    "message/rfc822": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: "recorded" | "duplicate" | "ignored";
                            requestId: string | null;
                            reason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of a request's message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request's messages, oldest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                requestId: string;
                                direction: "inbound" | "outbound";
                                visibility: "public" | "internal";
                                author: {
                                    kind: string;
                                    id?: string;
                                    name?: string;
                                };
                                body: string;
                                html: string | null;
                                attachments: {
                                    filename: string;
                                    contentType: string;
                                    size: number;
                                    sha256: string;
                                }[];
                                channel: string;
                                externalId: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add the customer's message
         * @description Resumes a request waiting on the customer, reopens one resolved within REOPEN_WINDOW_DAYS, and otherwise (closed, or resolved longer ago) opens a new request linked by relatedTo. A request of an erased customer takes no message: 409 `customer_erased`. With an Idempotency-Key (scoped to the calling API key) a retry records nothing twice; the same key with another body is 422.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        author?: {
                            name: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: "appended" | "resumed" | "reopened" | "new_request" | "duplicate";
                            requestId: string;
                            messageId: string;
                            relatedTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to the customer (public, e-mailed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note (never leaves caseflow) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {unknown} */
                            status: "pending" | "classified" | "assigned" | "in_progress" | "waiting_on_customer" | "resolved" | "reopened" | "closed";
                            customerId: string;
                            customerName: string | null;
                            subject: string;
                            body: string;
                            type: string;
                            channel: string;
                            metadata: {
                                [key: string]: unknown;
                            };
                            category: string | null;
                            queue: string | null;
                            priority: string | null;
                            confidence: number | null;
                            modelVersion: string | null;
                            alternatives: {
                                label: string;
                                confidence: number;
                            }[] | null;
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            resolution: string | null;
                            escalationLevel: number;
                            slaDueAt: string | null;
                            slaBreached: boolean;
                            slaWarnAt: string | null;
                            workflowId: string;
                            createdAt: string;
                            updatedAt: string;
                            classifiedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "accepted";
                            updateId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: null;
                            items: {
                                id: string;
                                name: string;
                                priority: string;
                                category: string | null;
                                firstResponseMinutes: number;
                                resolutionMinutes: number;
                                nextReplyMinutes: number | null;
                                warnFraction: number | null;
                                escalationAction: string;
                                escalationQueue: string | null;
                                roundTheClock: boolean;
                                calendar: {
                                    timeZone: string;
                                    workingDays: number[];
                                    openTime: string;
                                    closeTime: string;
                                    hours?: string[][];
                                    holidays: string[];
                                };
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        category?: string | null;
                        firstResponseMinutes: number;
                        resolutionMinutes: number;
                        nextReplyMinutes?: number | null;
                        warnFraction?: number | null;
                        /** @enum {unknown} */
                        escalationAction?: "notify" | "raise_priority" | "escalation_queue";
                        escalationQueue?: string | null;
                        roundTheClock?: boolean;
                        calendar: {
                            timeZone: string;
                            workingDays: number[];
                            openTime?: string;
                            closeTime?: string;
                            hours?: string[][];
                            holidays?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            priority: string;
                            category: string | null;
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                            nextReplyMinutes: number | null;
                            warnFraction: number | null;
                            escalationAction: string;
                            escalationQueue: string | null;
                            roundTheClock: boolean;
                            calendar: {
                                timeZone: string;
                                workingDays: number[];
                                openTime: string;
                                closeTime: string;
                                hours?: string[][];
                                holidays: string[];
                            };
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            priority: string;
                            category: string | null;
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                            nextReplyMinutes: number | null;
                            warnFraction: number | null;
                            escalationAction: string;
                            escalationQueue: string | null;
                            roundTheClock: boolean;
                            calendar: {
                                timeZone: string;
                                workingDays: number[];
                                openTime: string;
                                closeTime: string;
                                hours?: string[][];
                                holidays: string[];
                            };
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {unknown} */
                        priority: "low" | "normal" | "high" | "urgent";
                        category?: string | null;
                        firstResponseMinutes: number;
                        resolutionMinutes: number;
                        nextReplyMinutes?: number | null;
                        warnFraction?: number | null;
                        /** @enum {unknown} */
                        escalationAction?: "notify" | "raise_priority" | "escalation_queue";
                        escalationQueue?: string | null;
                        roundTheClock?: boolean;
                        calendar: {
                            timeZone: string;
                            workingDays: number[];
                            openTime?: string;
                            closeTime?: string;
                            hours?: string[][];
                            holidays?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            priority: string;
                            category: string | null;
                            firstResponseMinutes: number;
                            resolutionMinutes: number;
                            nextReplyMinutes: number | null;
                            warnFraction: number | null;
                            escalationAction: string;
                            escalationQueue: string | null;
                            roundTheClock: boolean;
                            calendar: {
                                timeZone: string;
                                workingDays: number[];
                                openTime: string;
                                closeTime: string;
                                hours?: string[][];
                                holidays: string[];
                            };
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in agent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {unknown} */
                                role: "agent" | "lead" | "admin";
                                languages: string[];
                                queues: {
                                    queue: string;
                                    level: number;
                                }[];
                                capacity: number;
                                /** @enum {unknown} */
                                availability: "available" | "away" | "offline";
                                /** Format: date-time */
                                availabilityChangedAt: string;
                                disabledAt: string | null;
                                /** @description false until the invitation is accepted */
                                hasPassword: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            /** @description send as X-CSRF-Token on every write made with the session cookie */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign in (sets the session cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: caseflow-email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {unknown} */
                                role: "agent" | "lead" | "admin";
                                languages: string[];
                                queues: {
                                    queue: string;
                                    level: number;
                                }[];
                                capacity: number;
                                /** @enum {unknown} */
                                availability: "available" | "away" | "offline";
                                /** Format: date-time */
                                availabilityChangedAt: string;
                                disabledAt: string | null;
                                /** @description false until the invitation is accepted */
                                hasPassword: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            /** @description send as X-CSRF-Token on every write made with the session cookie */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live request events (Server-Sent Events)
         * @description Server-Sent Events (`text/event-stream`): one message per recorded request event the caller may see —
         *     an agent the requests of the queues they serve and those assigned to them, leads, admins and API keys all.
         *
         *     ```
         *     id: 1234
         *     event: request
         *     data: {"requestId":"…","seq":5,"type":"request.assigned","status":"assigned","queue":"cards","assignee":"<agent id>|null","at":"2026-12-01T09:00:00.000Z"}
         *     ```
         *
         *     `id` is request_events.id, global and increasing. No customer text: the page fetches what it shows. After a
         *     reconnection the browser sends `Last-Event-ID` and the missed events come first; more than 1000 missed
         *     answers `event: reset` (reload everything; its `id` is the newest event). A comment line every heartbeat (15 s);
         *     the stream ends when the session or key does (sign-out, disabling, revocation, idle), at the latest at the next
         *     heartbeat.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the `id` of the last event received: the events after it are sent first */
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream, never closed by the server while the credential lasts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            event?: string;
                            id?: string;
                            data?: string;
                            retry?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Canned responses, by name (all of them: no paging) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: null;
                            items: {
                                id: string;
                                name: string;
                                body: string;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a canned response
         * @description A body naming an unknown placeholder is a 400 `unknown_placeholder`; a name taken (any case) a 409 `macro_exists`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description unique regardless of case */
                        name: string;
                        /** @description the reply text; placeholders: `{{customer.name}}`, `{{request.id}}` */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            body: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/macros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a canned response */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a canned response's name or body */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description unique regardless of case */
                        name?: string;
                        /** @description the reply text; placeholders: `{{customer.name}}`, `{{request.id}}` */
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            body: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/views/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts of the workspace views for the caller
         * @description Each count is what GET /v1/requests answers with the filters named, for the same caller (an agent: the queues they serve).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description open, assigned to the signed-in agent (0 for an API key): GET /v1/requests?assignee=me&open=true */
                            mine: number;
                            /** @description open, routed to a queue, nobody assigned: ?assignee=none&open=true */
                            unassigned: number;
                            /** @description ?status=waiting_on_customer */
                            waiting: number;
                            /** @description ?breaching=soon */
                            breachingSoon: number;
                            /** @description open requests per queue (?queue=…&open=true); an agent's own queues always, with 0 when empty */
                            queues: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agents, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    queue?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            items: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {unknown} */
                                role: "agent" | "lead" | "admin";
                                languages: string[];
                                queues: {
                                    queue: string;
                                    level: number;
                                }[];
                                capacity: number;
                                /** @enum {unknown} */
                                availability: "available" | "away" | "offline";
                                /** Format: date-time */
                                availabilityChangedAt: string;
                                disabledAt: string | null;
                                /** @description false until the invitation is accepted */
                                hasPassword: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an agent and their invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Ana Lima",
                     *       "email": "ana@example.com",
                     *       "role": "agent",
                     *       "languages": [
                     *         "en",
                     *         "pt"
                     *       ],
                     *       "queues": [
                     *         {
                     *           "queue": "billing",
                     *           "level": 2
                     *         }
                     *       ],
                     *       "capacity": 8
                     *     }
                     */
                    "application/json": {
                        name: string;
                        /** Format: caseflow-email */
                        email: string;
                        /** @enum {unknown} */
                        role: "agent" | "lead" | "admin";
                        languages?: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "in" | "io" | "is" | "it" | "iu" | "iw" | "ja" | "ji" | "jv" | "jw" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mo" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
                        queues?: {
                            queue: string;
                            /** @default 1 */
                            level?: number;
                        }[];
                        capacity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {unknown} */
                            role: "agent" | "lead" | "admin";
                            languages: string[];
                            queues: {
                                queue: string;
                                level: number;
                            }[];
                            capacity: number;
                            /** @enum {unknown} */
                            availability: "available" | "away" | "offline";
                            /** Format: date-time */
                            availabilityChangedAt: string;
                            disabledAt: string | null;
                            /** @description false until the invitation is accepted */
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } & {
                            invitation: {
                                /** @description one-time, shown once; POST /v1/agents/invitations/{token}/accept with {password} */
                                token: string;
                                /** Format: date-time */
                                expiresAt: string;
                                acceptUrl: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set one's password with an invitation or reset token (once, within 24 h) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {unknown} */
                            role: "agent" | "lead" | "admin";
                            languages: string[];
                            queues: {
                                queue: string;
                                level: number;
                            }[];
                            capacity: number;
                            /** @enum {unknown} */
                            availability: "available" | "away" | "offline";
                            /** Format: date-time */
                            availabilityChangedAt: string;
                            disabledAt: string | null;
                            /** @description false until the invitation is accepted */
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The key lacks the scope this route needs (`forbidden`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an agent (an agent: only their own availability and languages) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {unknown} */
                        role?: "agent" | "lead" | "admin";
                        languages?: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "in" | "io" | "is" | "it" | "iu" | "iw" | "ja" | "ji" | "jv" | "jw" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mo" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
                        queues?: {
                            queue: string;
                            /** @default 1 */
                            level?: number;
                        }[];
                        capacity?: number;
                        /** @enum {unknown} */
                        availability?: "available" | "away" | "offline";
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {unknown} */
                            role: "agent" | "lead" | "admin";
                            languages: string[];
                            queues: {
                                queue: string;
                                level: number;
                            }[];
                            capacity: number;
                            /** @enum {unknown} */
                            availability: "available" | "away" | "offline";
                            /** Format: date-time */
                            availabilityChangedAt: string;
                            disabledAt: string | null;
                            /** @description false until the invitation is accepted */
                            hasPassword: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is larger than the limit (`payload_too_large`). */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description The body is not JSON (`unsupported_media_type`). */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/agents/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset an agent's password: the old one stops working, their sessions end, a new one-time link is returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description one-time, shown once; POST /v1/agents/invitations/{token}/accept with {password} */
                            token: string;
                            /** Format: date-time */
                            expiresAt: string;
                            acceptUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`). */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
                /** @description Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "invalid_request",
                         *         "message": "invalid body: /subject must NOT have fewer than 1 characters",
                         *         "details": [
                         *           {
                         *             "path": "body/subject",
                         *             "message": "must NOT have fewer than 1 characters"
                         *           }
                         *         ],
                         *         "requestId": "7f0c…"
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @description snake_case, stable: branch on it */
                                code: string;
                                /** @description a sentence for humans; may change */
                                message: string;
                                /** @description structured context, or null */
                                details: unknown;
                                /** @description the X-Request-Id of the answer; quote it when reporting a problem */
                                requestId?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    requestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A request changed (request.created, request.classified, request.resolved, …) */
        post: {
            parameters: {
                query?: never;
                header: {
                    "X-Caseflow-Event": string;
                    /** @description The event id; de-duplicate on it. */
                    "X-Caseflow-Delivery": string;
                    /** @description t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)> */
                    "X-Caseflow-Signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description event id, stable across retries */
                        id: string;
                        /** @example request.classified */
                        type: string;
                        /** @description who did it (absent only for notices held over from before actors were sent) */
                        actor?: {
                            kind: "agent" | "api_key";
                            id: string;
                            name: string;
                        } | {
                            /** @constant */
                            kind: "system";
                        } | {
                            /** @constant */
                            kind: "customer";
                            id: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        data: {
                            /** @description the request state after the event */
                            request: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Delivered; anything else is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
