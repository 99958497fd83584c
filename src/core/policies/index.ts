export * from './actor.js';
export * from './programme.js';
export * from './user.js';
export * from './organisation.js';
export * from './library.js';
