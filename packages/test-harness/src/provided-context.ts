// What the global setup (global-setup.ts) hands to every test through vitest's
// provide/inject: `inject('databaseUrl')` and so on, typed by this augmentation.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database of this run's own (postgres://…); migrate it yourself. */
    databaseUrl: string;
    /** host:port of a Temporal dev server with the caseflow search attributes. */
    temporalAddress: string;
    temporalNamespace: string;
  }
}
