import { onScopeDispose, ref, watch } from 'vue';
import { CombinedError } from '@urql/core';
import { EditAgendaNotesDocument, SetEditingDocument } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { errorCode } from '@/utils/errors';
import { mergeText } from '@common/merge';

/** A pause in typing this long saves. */
export const SAVE_DELAY = 600;
/** Typing without a pause still saves this often, so the others see it come in. */
export const SAVE_MAX_WAIT = 2_000;
/** Presence lasts a minute on the server: renewed this often while the notes have the focus. */
export const PRESENCE_RENEW = 30_000;

export interface LiveNotesItem {
  id: string;
  notes: string;
  notesVersion: number;
}

/** The server refused an edit because someone changed the same characters: both texts, to choose. */
export interface NotesConflict {
  /** The notes as they are now on the server. */
  current: string;
  version: number;
  /** What the viewer had written. */
  mine: string;
}

function conflictOf(error: unknown): { current: string; version: number } | null {
  if (!(error instanceof CombinedError) || errorCode(error) !== 'CONFLICT') return null;
  const extensions = error.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions ?? {};
  const { currentNotes, currentVersion } = extensions as { currentNotes?: unknown; currentVersion?: unknown };
  return typeof currentNotes === 'string' && typeof currentVersion === 'number' ? { current: currentNotes, version: currentVersion } : null;
}

/**
 * The live notes of one agenda item, as one person edits them while others do too.
 *
 * `draft` is what the textarea shows; `base` the server's text it was written on, at `version`.
 * Typing saves after a pause (or every two seconds of steady typing) with `expectedVersion`;
 * the server merges a stale edit with the edits made since and returns the merged notes, which
 * replace the draft. The others' edits arrive as new props (the room reads the meeting again on
 * every event): taken at once while the viewer has nothing unsaved, otherwise left to the next
 * save's merge. When both changed the same characters the server answers CONFLICT with the
 * current text: `conflict` holds both texts until the viewer chooses. Versions only go up, so a
 * read that left before a save and arrives after it changes nothing.
 *
 * After publication (`amending`) nothing saves by itself: an amendment needs a reason and is
 * saved by `saveAmendment`. Presence (`AgendaItem.editors`) is said on focus, renewed every 30 s
 * and withdrawn on blur.
 */
export function useLiveNotes(item: () => LiveNotesItem, options: { amending: () => boolean; onError?: (error: unknown) => void }) {
  const draft = ref(item().notes);
  const base = ref(item().notes);
  const version = ref(item().notesVersion);
  const saving = ref(false);
  const conflict = ref<NotesConflict | null>(null);
  /** A save failed for another reason (the meeting moved on, no right): no retry until the next keystroke. */
  const failed = ref(false);
  const focused = ref(false);

  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let presenceTimer: ReturnType<typeof setInterval> | undefined;
  let again = false;

  const dirty = () => draft.value !== base.value;

  /** Takes the server's notes when they are newer and nothing of the viewer's would be lost. */
  function adopt(notes: string, notesVersion: number) {
    if (notesVersion <= version.value) return;
    if (conflict.value) {
      conflict.value = { ...conflict.value, current: notes, version: notesVersion };
      return;
    }
    if (saving.value || dirty()) return;
    draft.value = notes;
    base.value = notes;
    version.value = notesVersion;
  }

  watch(
    () => [item().notes, item().notesVersion] as const,
    ([notes, notesVersion]) => adopt(notes, notesVersion),
  );

  function clearTimers() {
    clearTimeout(idleTimer);
    clearTimeout(maxTimer);
    idleTimer = undefined;
    maxTimer = undefined;
  }

  async function save(amendmentReason?: string): Promise<boolean> {
    clearTimers();
    if (conflict.value || !dirty()) return true;
    if (saving.value) {
      again = true;
      return false;
    }
    const sent = draft.value;
    saving.value = true;
    const result = await gqlClient()
      .mutation(EditAgendaNotesDocument, { input: { agendaItemId: item().id, notes: sent, expectedVersion: version.value, amendmentReason } })
      .toPromise();
    saving.value = false;
    const saved = result.data?.editAgendaNotes;
    if (!saved) {
      const clash = conflictOf(result.error);
      if (clash) conflict.value = { ...clash, mine: draft.value };
      else {
        failed.value = true;
        options.onError?.(result.error);
      }
      return false;
    }
    if (draft.value === sent) {
      draft.value = saved.notes;
    } else {
      // Typed on while the save was on its way: keep those keystrokes on top of what the server kept.
      const merged = mergeText(sent, draft.value, saved.notes);
      if (merged === null) {
        conflict.value = { current: saved.notes, version: saved.notesVersion, mine: draft.value };
        return false;
      }
      draft.value = merged;
    }
    base.value = saved.notes;
    version.value = Math.max(version.value, saved.notesVersion);
    // Newer notes may have arrived while this one was on its way (and were left for now).
    adopt(item().notes, item().notesVersion);
    if (again || (dirty() && !options.amending())) {
      again = false;
      schedule();
    }
    return true;
  }

  function schedule() {
    if (options.amending() || conflict.value || failed.value) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void save(), SAVE_DELAY);
    maxTimer ??= setTimeout(() => void save(), SAVE_MAX_WAIT);
  }

  function input(text: string) {
    draft.value = text;
    failed.value = false;
    schedule();
  }

  function setEditing(editing: boolean) {
    void gqlClient().mutation(SetEditingDocument, { input: { agendaItemId: item().id, editing } }).toPromise();
  }

  function focus() {
    if (focused.value) return;
    focused.value = true;
    setEditing(true);
    clearInterval(presenceTimer);
    presenceTimer = setInterval(() => setEditing(true), PRESENCE_RENEW);
  }

  function blur() {
    if (!focused.value) return;
    focused.value = false;
    clearInterval(presenceTimer);
    setEditing(false);
    if (!options.amending()) void save();
  }

  /** Takes the current text and drops the viewer's (it stays shown in the conflict until then). */
  function useCurrent() {
    const clash = conflict.value;
    if (!clash) return;
    conflict.value = null;
    draft.value = clash.current;
    base.value = clash.current;
    version.value = clash.version;
  }

  /** Puts the viewer's text over the current one: a deliberate choice after seeing both. */
  function keepMine() {
    const clash = conflict.value;
    if (!clash) return;
    conflict.value = null;
    base.value = clash.current;
    version.value = clash.version;
    draft.value = clash.mine;
    if (!options.amending()) void save();
  }

  /** Drops unsaved changes (an amendment given up). */
  function discard() {
    clearTimers();
    draft.value = base.value;
    adopt(item().notes, item().notesVersion);
  }

  onScopeDispose(() => {
    clearInterval(presenceTimer);
    if (focused.value) setEditing(false);
    // Leaving the page (another tab of the room): what was typed still goes.
    if (dirty() && !conflict.value && !options.amending()) void save();
    clearTimers();
  });

  return {
    draft,
    version,
    saving,
    conflict,
    dirty: () => dirty(),
    input,
    focus,
    blur,
    saveAmendment: (reason: string) => save(reason),
    useCurrent,
    keepMine,
    discard,
  };
}
