import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Services } from '../core/context.js';
import type { Transaction } from '../core/transaction.js';
import { badInput, limitExceeded, logError } from '../core/errors.js';
import { keyOf } from '../core/ids.js';
import { MAX_ITEMS } from '../../common/limits.js';
import { Attachment, type AttachmentKind } from './attachment.entity.js';
import { attachmentCountRefusal, attachmentPolicy, MAX_PENDING_UPLOADS, type AttachmentFacts } from './attachment.policy.js';
import { cleanFileName, processUpload } from './attachment.processing.js';

/** The item a file goes on: a node type and its key (`Issue`, its uuid). */
export interface Subject {
  type: string;
  id: string;
}

const thumbKey = (storageKey: string) => `${storageKey}.thumb`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function factsOf(a: Attachment): AttachmentFacts {
  return { uploaderId: a.uploader.id, attached: !!a.subjectType, expiresAt: a.expiresAt ?? null, kind: a.kind };
}

/**
 * POST /files: checks the bytes, strips what can be stripped, makes the thumbnail, stores both,
 * then records the upload, unattached, expiring after UPLOAD_EXPIRE_MINUTES. Throws
 * UploadRefusal (processing) or LIMIT_EXCEEDED (too many pending uploads).
 */
export async function storeUpload(services: Services, uploaderId: string, bytes: Buffer, name: string | undefined): Promise<Attachment> {
  const em = services.orm.em.fork() as EntityManager;
  const pending = await em.count(Attachment, { uploader: uploaderId, subjectType: null });
  if (pending >= MAX_PENDING_UPLOADS) throw limitExceeded(`At most ${MAX_PENDING_UPLOADS} uploads may wait to be attached`);
  const p = await processUpload(bytes, { image: services.config.UPLOAD_MAX_IMAGE_BYTES, document: services.config.UPLOAD_MAX_DOCUMENT_BYTES });
  const now = services.clock.now();
  const a = em.create(Attachment, {
    uploader: uploaderId,
    kind: p.kind,
    contentType: p.contentType,
    byteSize: p.body.length,
    width: p.width,
    height: p.height,
    fileName: cleanFileName(name, p.contentType),
    hasThumbnail: p.thumbnail !== null,
    metadataRemoved: p.metadataRemoved,
    storageKey: '',
    createdAt: now,
    expiresAt: new Date(now.getTime() + services.config.UPLOAD_EXPIRE_MINUTES * 60_000),
  });
  a.storageKey = `attachments/${a.id}`;
  await services.storage.put(a.storageKey, p.body, p.contentType);
  if (p.thumbnail) await services.storage.put(thumbKey(a.storageKey), p.thumbnail, 'image/jpeg');
  try {
    await em.flush();
  } catch (err) {
    await services.storage.delete([a.storageKey, thumbKey(a.storageKey)]).catch((e: unknown) => logError('upload cleanup failed', e));
    throw err;
  }
  return a;
}

/**
 * Attaches the uploads `ids` (global IDs) to `subject`, in the item's own transaction (the
 * mutation that creates or changes it): each must be the actor's, unattached and not expired,
 * and the item keeps at most 9 photos and 9 documents. BAD_USER_INPUT on `field` otherwise, and
 * the whole mutation rolls back.
 */
export async function attachUploads(tx: Transaction, subject: Subject, ids: readonly string[] | null | undefined, field = 'attachmentIds'): Promise<Attachment[]> {
  if (!ids?.length) return [];
  const keys = [...new Set(ids.map((id) => keyOf(id, 'Attachment', field)))];
  if (keys.length > MAX_ITEMS.attachment.images + MAX_ITEMS.attachment.documents) throw badInput({ [field]: 'too many files' });
  const rows = await tx.em.find(Attachment, { id: { $in: keys } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const files = keys.map((k) => byId.get(k));
  if (files.some((f) => !f || !attachmentPolicy.canAttach(tx.actorId, factsOf(f), tx.now))) {
    throw badInput({ [field]: 'names an upload that is not yours, already attached or expired: upload it again' });
  }
  const existing = await tx.em.getConnection().execute<{ kind: AttachmentKind; n: string }[]>(
    'select kind, count(*) as n from attachments where subject_type = ? and subject_id = ? group by kind',
    [subject.type, subject.id],
  );
  const have = Object.fromEntries(existing.map((r) => [r.kind, Number(r.n)]));
  const refusal = attachmentCountRefusal(have, files.map((f) => f!.kind));
  if (refusal) throw badInput({ [field]: refusal });
  const start = existing.reduce((n, r) => n + Number(r.n), 0);
  files.forEach((f, i) => Object.assign(f!, { subjectType: subject.type, subjectId: subject.id, expiresAt: null, position: start + i }));
  return files as Attachment[];
}

/** The files on items of one type, by item key, in their order: one statement per request and type. */
export function attachmentsOf(ctx: Context, type: string, key: string): Promise<Attachment[]> {
  return ctx
    .loader<string, Attachment[]>(`attachments:${type}`, async (keys) => {
      const rows = await ctx.em.find(Attachment, { subjectType: type, subjectId: { $in: [...keys] } }, { orderBy: { position: 'asc', createdAt: 'asc' } });
      const by = new Map<string, Attachment[]>();
      for (const r of rows) by.set(r.subjectId!, [...(by.get(r.subjectId!) ?? []), r]);
      return keys.map((k) => by.get(k) ?? []);
    })
    .load(key);
}

/**
 * The file if the viewer may have it, else null: unattached, its uploader; attached, whoever may
 * see its item, asked of the item's own `node(id)` loader (the item's policy: an issue's PARTIES
 * visibility, an internal note's parties, …).
 */
export async function readableAttachment(ctx: Context, key: string): Promise<Attachment | null> {
  if (!ctx.userId || !UUID.test(key)) return null;
  const a = await ctx.em.findOne(Attachment, key);
  if (!a) return null;
  if (!a.subjectType || !a.subjectId) return attachmentPolicy.canSeeUnattached(await ctx.access(), factsOf(a)) && a.expiresAt! > ctx.now() ? a : null;
  const load = ctx.services.nodes[a.subjectType];
  return load && (await load(ctx, a.subjectId)) ? a : null;
}

/** The bytes of a file (or of its thumbnail), or null. */
export function readBytes(services: Services, a: Attachment, thumbnail: boolean) {
  if (thumbnail && !a.hasThumbnail) return Promise.resolve(null);
  return services.storage.get(thumbnail ? thumbKey(a.storageKey) : a.storageKey);
}

/**
 * Deletes the uploads never attached whose time ran out, rows then bytes, in batches; safe on
 * several instances at once (SKIP LOCKED) and against a concurrent attach (which locks the row
 * and clears `expires_at`). A periodic job (server/app/jobs.ts). Returns how many went.
 */
export async function sweepExpiredUploads(services: Services): Promise<number> {
  let total = 0;
  for (;;) {
    const em = services.orm.em.fork() as EntityManager;
    const gone = await em.getConnection().execute<{ storage_key: string; has_thumbnail: boolean }[]>(
      `delete from attachments where id in (
         select id from attachments where subject_type is null and expires_at < ? order by expires_at limit 500 for update skip locked
       ) returning storage_key, has_thumbnail`,
      [services.clock.now()],
    );
    if (!gone.length) return total;
    total += gone.length;
    await services.storage.delete(gone.flatMap((g) => (g.has_thumbnail ? [g.storage_key, thumbKey(g.storage_key)] : [g.storage_key])));
  }
}
