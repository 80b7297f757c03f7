/**
 * The Unionhall ballot protocol in the browser (docs/protocol.md): everything the voting booth
 * and the trustee page use, in one place.
 */
export * from './encoding.js';
export * from './group.js';
export * from './hash.js';
export * from './proofs.js';
export * from './election.js';
export * from './booth.js';
export * from './trustee.js';
export * from './receipt.js';
