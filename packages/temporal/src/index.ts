export * from './connection';
export * from './runtime';
export * from './bundler';
export * from './terminate';
export * from './schedules';
export * from './history-counts';
export * from './stack-traces';
