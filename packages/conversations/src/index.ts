export * from './customer-message';
export * from './reply-token';
export * from './inbound';
export * from './mail-rules';
export * from './sealing';
export * from './bounce';
