export * from './actor.js';
export * from './programme.js';
export * from './user.js';
export * from './organisation.js';
export * from './library.js';
export * from './knowledge.js';
export * from './breach.js';
export * from './session.js';
