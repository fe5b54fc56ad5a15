export * from './encryption-codec';
export * from './codec-server';
export type { PayloadCodec } from '@temporalio/common';
export * from './field-cipher';
export * from './customer-seal';
