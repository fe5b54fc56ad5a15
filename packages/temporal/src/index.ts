export * from './connection';
export * from './runtime';
export * from './bundler';
