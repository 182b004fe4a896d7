import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import S3rver from 's3rver';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createIssueCast, submit, MUTATIONS, type IssueCast } from '../factories/issues.js';
import { createMeetingCast, meetingIn, step, type MeetingCast } from '../factories/meetings.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import type { TestUser } from '../factories/index.js';
import { ManualClock } from '../../server/core/clock.js';
import { s3Settings } from '../../server/core/storage.js';
import { parseGlobalId } from '../../server/core/ids.js';
import { sweepExpiredUploads } from '../../server/attachments/index.js';

/** A JPEG as a phone takes it: EXIF with the camera and the GPS position of the flat. */
async function photoWithGps(color = '#c33', width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '112/1 8/1 0/1' } })
    .toBuffer();
}
/** The EXIF block's GPS IFD pointer (tag 0x8825, little-endian as libvips writes it). */
const GPS_POINTER = Buffer.from([0x25, 0x88]);
/** What no stored JPEG may hold: an APP1 EXIF header. */
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

async function expectNoMetadata(bytes: Buffer) {
  const m = await sharp(bytes).metadata();
  expect(m.exif).toBeUndefined();
  expect(m.xmp).toBeUndefined();
  expect(bytes.includes(EXIF_HEADER)).toBe(false);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
/** The first bytes of an iPhone photo and nothing more: an ISO-BMFF `ftyp` box of brand `heic`. */
const HEIC_HEADER_ONLY = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
/**
 * A real HEIC (HEVC), 64 × 48 px of rgb(51, 170, 119), whose EXIF names an iPhone 15 and a GPS
 * position: made with Debian's `exiftool` and `heif-enc` (libheif 1.15, x265); see tests/fixtures/README.md.
 */
const HEIC_WITH_GPS = readFileSync(new URL('../fixtures/photo-with-gps.heic', import.meta.url));

async function upload(app: TestApp, user: TestUser | null, bytes: Buffer, name = 'photo.jpg', type = 'image/jpeg') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${app.url}/files`, { method: 'POST', body: form, headers: user ? { authorization: `Bearer ${user.token}` } : {} });
  return { status: res.status, body: await res.json() };
}
async function uploaded(app: TestApp, user: TestUser, bytes: Buffer, name?: string, type?: string) {
  const r = await upload(app, user, bytes, name, type);
  if (r.status !== 201) throw new Error(`upload refused: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
async function download(app: TestApp, user: TestUser | null, path: string) {
  const res = await fetch(`${app.url}${path}`, { headers: user ? { authorization: `Bearer ${user.token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
const keyOf = (id: string) => parseGlobalId(id)!.key;
const ATTACHMENTS = 'attachments { id kind contentType fileName byteSize width height url thumbnailUrl metadataRemoved }';
const submitWith = (app: TestApp, c: IssueCast, ids: string[], input: Record<string, unknown> = {}) =>
  gql(app.url, `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id ${ATTACHMENTS} } }`, { input: { communityId: c.community.gid, title: '楼道漏水', body: '5栋2单元楼道天花板漏水。', category: 'FACILITY', attachmentIds: ids, ...input } }, c.resident.token);

describe('photos and files on local disk (DATA_DIR)', () => {
  const clock = new ManualClock(new Date());
  let app: TestApp;
  let c: IssueCast;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gz-files-'));
    app = await startTestApp({ clock, env: { DATA_DIR: dataDir, UPLOAD_MAX_IMAGE_BYTES: '300000', UPLOAD_EXPIRE_MINUTES: '60' } });
    c = await createIssueCast(app);
  });
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('strips EXIF and GPS from the stored photo and its thumbnail, on disk', async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(GPS_POINTER)).toBe(true); // the fixture does carry a position

    const a = await uploaded(app, c.resident, original, '漏水.jpg');
    expect(a).toMatchObject({ kind: 'IMAGE', contentType: 'image/jpeg', fileName: '漏水.jpg', width: 640, height: 480, metadataRemoved: true });
    expect(a.url).toBe(`/files/${keyOf(a.id)}`);
    expect(a.thumbnailUrl).toBe(`/files/${keyOf(a.id)}/thumbnail`);

    const onDisk = await readFile(join(dataDir, 'files', 'attachments', keyOf(a.id)));
    const thumbOnDisk = await readFile(join(dataDir, 'files', 'attachments', `${keyOf(a.id)}.thumb`));
    await expectNoMetadata(onDisk);
    await expectNoMetadata(thumbOnDisk);
    expect((await sharp(thumbOnDisk).metadata()).width).toBe(320);

    const served = await download(app, c.resident, a.url);
    expect(served.status).toBe(200);
    expect(served.type).toBe('image/jpeg');
    expect(served.bytes.equals(onDisk)).toBe(true);
    await expectNoMetadata((await download(app, c.resident, a.thumbnailUrl)).bytes);
  });

  it('serves an unattached upload to its uploader only', async () => {
    const a = await uploaded(app, c.resident, await photoWithGps('#3c3'));
    expect((await download(app, c.resident, a.url)).status).toBe(200);
    for (const who of [c.neighbour, c.dispatcher, c.stranger, null]) expect((await download(app, who, a.url)).status).toBe(404);
  });

  it('attaches photos to an issue in order and serves them by the issue\'s policy', async () => {
    const a = await uploaded(app, c.resident, await photoWithGps('#33c'), 'a.jpg');
    const b = await uploaded(app, c.resident, await sharp({ create: { width: 300, height: 200, channels: 4, background: '#fff0' } }).png().toBuffer(), 'b.png', 'image/png');
    const r = await submitWith(app, c, [a.id, b.id], { visibility: 'PARTIES' });
    expect(r.errors).toBeUndefined();
    expect(r.data.submitIssue.attachments.map((x: any) => x.id)).toEqual([a.id, b.id]);
    expect(r.data.submitIssue.attachments[1]).toMatchObject({ kind: 'IMAGE', contentType: 'image/png', width: 300, height: 200 });
    const issueId = r.data.submitIssue.id;

    // PARTIES: the reporter and the desks see it; another resident, a stranger, nobody signed in do not.
    for (const who of [c.resident, c.dispatcher, c.rcChair]) {
      expect((await download(app, who, a.url)).status).toBe(200);
      expect((await download(app, who, b.thumbnailUrl)).status).toBe(200);
    }
    for (const who of [c.neighbour, c.stranger, null]) {
      expect((await download(app, who, a.url)).status).toBe(404);
      expect((await download(app, who, b.thumbnailUrl)).status).toBe(404);
    }
    const seen = await ok(app.url, `query($id: ID!) { issue(id: $id) { ${ATTACHMENTS} } }`, { id: issueId }, c.dispatcher.token);
    expect(seen.issue.attachments).toHaveLength(2);

    // An upload goes on one item only.
    const again = await submitWith(app, c, [a.id]);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { attachmentIds: expect.any(String) } });
  });

  it('a PUBLIC issue\'s photos are seen by the community, not by strangers', async () => {
    const a = await uploaded(app, c.resident, await photoWithGps('#999'));
    const r = await submitWith(app, c, [a.id]);
    expect(r.errors).toBeUndefined();
    expect((await download(app, c.neighbour, a.url)).status).toBe(200);
    expect((await download(app, c.stranger, a.url)).status).toBe(404);
  });

  it("refuses someone else's upload and an upload that does not exist, and changes nothing", async () => {
    const theirs = await uploaded(app, c.neighbour, await photoWithGps('#963'));
    const r = await submitWith(app, c, [theirs.id]);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { attachmentIds: expect.any(String) } });
    expect((await download(app, c.resident, theirs.url)).status).toBe(404);
    const bad = await submitWith(app, c, ['not-an-id']);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('takes at most 9 photos per item', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await uploaded(app, c.resident, await sharp({ create: { width: 40, height: 40, channels: 3, background: { r: i * 20, g: 0, b: 0 } } }).jpeg().toBuffer())).id);
    const ten = await submitWith(app, c, ids);
    expect(ten.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { attachmentIds: 'at most 9 photos per item' } });
    const nine = await submitWith(app, c, ids.slice(0, 9));
    expect(nine.data.submitIssue.attachments).toHaveLength(9);
  });

  it('attaches files to a comment; an internal note\'s files are for the parties only', async () => {
    const issue = await submit(app, c);
    const photo = await uploaded(app, c.resident, await photoWithGps('#0aa'));
    const pdf = await uploaded(app, c.resident, PDF, '报价单.pdf', 'application/pdf');
    expect(pdf).toMatchObject({ kind: 'DOCUMENT', contentType: 'application/pdf', thumbnailUrl: null, width: null, metadataRemoved: false });
    const comment = await ok(app.url, `mutation($input: CommentOnIssueInput!) { commentOnIssue(input: $input) { id ${ATTACHMENTS} } }`, { input: { issueId: issue.id, body: '补充照片和报价单', attachmentIds: [photo.id, pdf.id] } }, c.resident.token);
    expect(comment.commentOnIssue.attachments.map((x: any) => x.kind)).toEqual(['IMAGE', 'DOCUMENT']);
    expect((await download(app, c.neighbour, pdf.url)).type).toBe('application/pdf');

    const note = await uploaded(app, c.dispatcher, await photoWithGps('#a0a'));
    await ok(app.url, MUTATIONS.comment, { input: { issueId: issue.id, body: '内部：现场照片', internal: true, attachmentIds: [note.id] } }, c.dispatcher.token);
    expect((await download(app, c.rcChair, note.url)).status).toBe(200);
    for (const who of [c.resident, c.neighbour, c.stranger]) expect((await download(app, who, note.url)).status).toBe(404);
  });

  it("a resident's proposal (说事议事室) takes photos, seen by the community only", async () => {
    const a = await uploaded(app, c.resident, await photoWithGps('#5a5'));
    const { createProposal } = await ok(
      app.url,
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id ${ATTACHMENTS} } }`,
      { input: { communityId: c.community.gid, title: '加装电梯', body: '3栋老人多，提议加装电梯。', attachmentIds: [a.id] } },
      c.resident.token,
    );
    expect(createProposal.attachments.map((x: any) => x.id)).toEqual([a.id]);
    expect((await download(app, c.neighbour, a.url)).status).toBe(200);
    expect((await download(app, c.stranger, a.url)).status).toBe(404);
  });

  it('checks the type by the bytes, caps the size, and needs a session', async () => {
    const text = await upload(app, c.resident, Buffer.from('not a photo at all, just text pretending'), 'leak.jpg', 'image/jpeg');
    expect(text).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'UNSUPPORTED_FILE_TYPE' } }] } });
    const gif = await upload(app, c.resident, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer(), 'x.gif', 'image/gif');
    expect(gif).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'UNSUPPORTED_FILE_TYPE' } }] } });
    const noise = randomBytes(400 * 400 * 3);
    const big = await sharp(noise, { raw: { width: 400, height: 400, channels: 3 } }).png().toBuffer();
    expect(big.length).toBeGreaterThan(300_000);
    expect(await upload(app, c.resident, big, 'big.png', 'image/png')).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'FILE_TOO_LARGE' } }] } });
    expect(await upload(app, null, await photoWithGps())).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    const noFile = await fetch(`${app.url}/files`, { method: 'POST', body: new URLSearchParams({ a: 'b' }), headers: { authorization: `Bearer ${c.resident.token}` } });
    expect(noFile.status).toBe(400);
  });

  it('turns a phone HEIC into a JPEG without its EXIF or GPS position, and refuses a HEIC it cannot decode', async () => {
    // The fixture does carry them: the GPS IFD pointer (big-endian) and the camera's name.
    expect(HEIC_WITH_GPS.includes(Buffer.from([0x88, 0x25]))).toBe(true);
    expect(HEIC_WITH_GPS.includes(Buffer.from('iPhone 15'))).toBe(true);

    const h = await uploaded(app, c.resident, HEIC_WITH_GPS, 'IMG_0001.HEIC', 'image/heic');
    expect(h).toMatchObject({ kind: 'IMAGE', contentType: 'image/jpeg', fileName: 'IMG_0001.jpg', width: 64, height: 48, metadataRemoved: true });
    const stored = await download(app, c.resident, h.url);
    expect(stored.type).toBe('image/jpeg');
    await expectNoMetadata(stored.bytes);
    expect(stored.bytes.includes(Buffer.from('iPhone 15'))).toBe(false);
    await expectNoMetadata((await download(app, c.resident, h.thumbnailUrl)).bytes);
    // Decoded for real: the photo's colour, give or take the two lossy encodings.
    const { dominant } = await sharp(stored.bytes).stats();
    expect(Math.abs(dominant.r - 51)).toBeLessThan(24);
    expect(Math.abs(dominant.g - 170)).toBeLessThan(24);
    expect(Math.abs(dominant.b - 119)).toBeLessThan(24);

    const broken = await upload(app, c.resident, HEIC_HEADER_ONLY, 'IMG_0002.HEIC', 'image/heic');
    expect(broken).toMatchObject({ status: 422, body: { errors: [{ extensions: { code: 'UNREADABLE_IMAGE' } }] } });
  });

  it('sweeps uploads never attached once they expire, and keeps attached ones', async () => {
    const lone = await uploaded(app, c.resident, await photoWithGps('#123'));
    const kept = await uploaded(app, c.resident, await photoWithGps('#456'));
    expect((await submitWith(app, c, [kept.id])).errors).toBeUndefined();
    const path = join(dataDir, 'files', 'attachments', keyOf(lone.id));
    await stat(path);

    clock.advance(59 * 60_000);
    await sweepExpiredUploads(app.services);
    expect((await download(app, c.resident, lone.url)).status).toBe(200);

    clock.advance(2 * 60_000);
    expect(await sweepExpiredUploads(app.services)).toBeGreaterThanOrEqual(1);
    expect((await download(app, c.resident, lone.url)).status).toBe(404);
    await expect(stat(path)).rejects.toThrow();
    await expect(stat(`${path}.thumb`)).rejects.toThrow();
    expect((await download(app, c.resident, kept.url)).status).toBe(200);
    // An expired upload can no longer be attached even before the sweep runs.
    const late = await uploaded(app, c.resident, await photoWithGps('#789'));
    clock.advance(61 * 60_000);
    expect((await submitWith(app, c, [late.id])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scans and photos on disputes, agenda items and covenant versions', () => {
  let app: TestApp;
  let k: MeetingCast;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gz-files-'));
    app = await startTestApp({ env: { DATA_DIR: dataDir } });
    k = await createMeetingCast(app);
    await createMediationCommittee(app, k.c);
  });
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("a dispute's photos are for its parties and handlers, not the neighbours", async () => {
    const [applicant, respondent, neighbour] = k.owners;
    const a = await uploaded(app, applicant!, await photoWithGps('#a52'));
    const { applyForMediation } = await ok(
      app.url,
      `mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { id ${ATTACHMENTS} } }`,
      { input: { communityId: k.c.gid, ...DISPUTE, respondents: [{ userId: respondent!.gid }], attachmentIds: [a.id] } },
      applicant!.token,
    );
    expect(applyForMediation.attachments.map((x: any) => x.id)).toEqual([a.id]);
    expect((await download(app, applicant!, a.url)).status).toBe(200);
    expect((await download(app, respondent!, a.url)).status).toBe(200);
    for (const who of [neighbour!, k.outsider]) expect((await download(app, who, a.url)).status).toBe(404);
  });

  it("an agenda item's scan is for whoever may see the meeting", async () => {
    const m = await meetingIn(app, k, 'SCHEDULED', new Date(Date.now() + 86_400_000).toISOString());
    const pdf = await uploaded(app, k.chair, PDF, '加装电梯方案.pdf', 'application/pdf');
    const item = await step(app, 'addAgendaItem', k.chair, { meetingId: m.id, title: '加装电梯方案', attachmentIds: [pdf.id] }, `id ${ATTACHMENTS}`);
    expect(item.attachments).toMatchObject([{ id: pdf.id, kind: 'DOCUMENT', fileName: '加装电梯方案.pdf' }]);
    for (const who of [k.chair, k.rc1, k.pm]) expect((await download(app, who, pdf.url)).status).toBe(200);
    expect((await download(app, k.outsider, pdf.url)).status).toBe(404);
  });

  it("a covenant version's scan follows the version: a DRAFT's is for the responsible organization", async () => {
    const scan = await uploaded(app, k.chair, await photoWithGps('#eee'), '公约签字页.jpg');
    const { draftCovenant } = await ok(
      app.url,
      `mutation($input: DraftCovenantInput!) { draftCovenant(input: $input) { id versions { id ${ATTACHMENTS} } } }`,
      { input: { communityId: k.c.gid, kind: 'RESIDENTS_CONVENTION', title: '居民公约', articles: [{ text: '爱护公共设施。' }], attachmentIds: [scan.id] } },
      k.chair.token,
    );
    expect(draftCovenant.versions[0].attachments.map((x: any) => x.id)).toEqual([scan.id]);
    expect((await download(app, k.rc1, scan.url)).status).toBe(200);
    for (const who of [k.owners[0]!, k.outsider]) expect((await download(app, who, scan.url)).status).toBe(404);
  });
});

describe('photos and files in an S3-compatible store (s3rver)', () => {
  let s3: S3rver;
  let dir: string;
  let app: TestApp;
  let c: IssueCast;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gz-s3-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'gongzhi', configs: [] }] });
    const { port } = await s3.run();
    url = `s3+http://S3RVER:S3RVER@127.0.0.1:${port}/gongzhi`;
    app = await startTestApp({ env: { STORAGE_URL: url, UPLOAD_EXPIRE_MINUTES: '1' } });
    c = await createIssueCast(app);
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the cleaned photo and its thumbnail as objects, serves them by the policy, and sweeps', async () => {
    expect(app.services.storage.kind).toBe('s3');
    const bucket = { client: new S3Client(s3Settings(url).client) };
    const object = async (key: string) => Buffer.from(await (await bucket.client.send(new GetObjectCommand({ Bucket: 'gongzhi', Key: key }))).Body!.transformToByteArray());

    const a = await uploaded(app, c.resident, await photoWithGps('#c60'));
    const stored = await object(`attachments/${keyOf(a.id)}`);
    await expectNoMetadata(stored);
    await expectNoMetadata(await object(`attachments/${keyOf(a.id)}.thumb`));

    const r = await submitWith(app, c, [a.id]);
    expect(r.errors).toBeUndefined();
    const served = await download(app, c.neighbour, a.url);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(stored)).toBe(true);
    expect((await download(app, c.stranger, a.url)).status).toBe(404);

    const lone = await uploaded(app, c.resident, await photoWithGps('#06c'));
    const list = async () => (await bucket.client.send(new ListObjectsV2Command({ Bucket: 'gongzhi', Prefix: 'attachments/' }))).Contents?.map((o) => o.Key) ?? [];
    expect(await list()).toContain(`attachments/${keyOf(lone.id)}`);
    const later = new ManualClock(new Date(Date.now() + 2 * 60_000));
    expect(await sweepExpiredUploads({ ...app.services, clock: later })).toBe(1);
    const left = await list();
    expect(left).not.toContain(`attachments/${keyOf(lone.id)}`);
    expect(left).not.toContain(`attachments/${keyOf(lone.id)}.thumb`);
    expect(left).toContain(`attachments/${keyOf(a.id)}`);
    bucket.client.destroy();
  });
});
