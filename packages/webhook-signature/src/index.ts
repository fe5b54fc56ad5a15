export * from './signature';
export * from './delivery';
