export { runEventStoreContract } from './contract.js';
export type { EventStoreContractOptions } from './contract.js';
