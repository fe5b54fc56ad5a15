export * from './connection';
export * from './runtime-logging';
