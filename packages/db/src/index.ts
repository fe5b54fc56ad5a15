export * from './client';
export * from './schema';
export * from './migrate';
export * from './health';
export * from './queries/requests';
export * from './queries/models';
export * from './queries/deliveries';
export * from './queries/webhooks';
