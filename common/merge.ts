import { diff3Merge, merge } from 'node-diff3';

/**
 * Three-way merge of two edits of the same text made on `base`: `mine`, and `theirs` (what others
 * saved since). Line by line, and where both touched the same or neighbouring lines, character by
 * character (by code point) within them. Null when both changed the same characters.
 *
 * The one merge of the live notes: the server merges an edit made on an old version with the
 * notes as they are (server/meetings/live-notes.service.ts), and the client merges what it is
 * typing with an edit that arrived meanwhile (client/src/composables/useLiveNotes.ts), so both
 * sides agree on what a merge gives.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  const out: string[] = [];
  for (const block of diff3Merge(mine.split('\n'), base.split('\n'), theirs.split('\n'))) {
    if (block.ok) {
      out.push(...block.ok);
      continue;
    }
    const { a, o, b } = block.conflict!;
    const chars = merge(Array.from(a.join('\n')), Array.from(o.join('\n')), Array.from(b.join('\n')));
    if (chars.conflict) return null;
    out.push(chars.result.join(''));
  }
  return out.join('\n');
}

/**
 * Where a caret at `position` in `before` belongs once the text became `after` (someone else's
 * edit arrived): it stays before a change that starts after it and moves with a change before it.
 */
export function shiftCaret(before: string, after: string, position: number): number {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  if (position <= prefix) return position;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  // Inside the changed span: the end of the new text there; after it: moved by the difference.
  if (position < before.length - suffix) return after.length - suffix;
  return position + (after.length - before.length);
}
