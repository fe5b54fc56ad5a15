export * from './connection';
export * from './runtime-logging';
export * from './bundler';
