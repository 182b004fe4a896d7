// A meeting's own steps (lifecycle, live notes, minutes) as one namespace: index.ts re-exports it
// as `meetings`, so its body reads nothing (a spread of the three would read them while loading).
export * from './meeting-lifecycle.service.js';
export * from './live-notes.service.js';
export * from './minutes.service.js';
