export * from './connection';
export * from './runtime';
