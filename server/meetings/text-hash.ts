import { createHash } from 'node:crypto';

/** SHA-256 (hex) of a motion's exact text, as `Resolution.textHash` records it. Pure. */
export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
