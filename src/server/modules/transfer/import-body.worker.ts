import { parentPort, workerData } from 'node:worker_threads';
import { checkImportBody } from './import-body.js';

// Started by readImportBody for a large import: parses and checks it off the server's event loop.
parentPort!.postMessage(checkImportBody(workerData as Uint8Array));
