import { describe, it } from 'node:test';
import { MemoryStore } from '../src/index.js';
import { runImportSuite } from './import-suite.js';
import { runStoreContract } from './support/store-contract.js';

runStoreContract('MemoryStore', () => new MemoryStore(), { describe, it });
runImportSuite('MemoryStore', () => new MemoryStore(), { describe, it });
