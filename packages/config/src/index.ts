export * from './config';
export * from './common';
export * from './conversation';
export * from './tracing';
