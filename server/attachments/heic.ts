import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * A phone's HEIC photo, decoded to RGBA pixels by libheif (heic-decode: libheif and libde265
 * compiled to WebAssembly), so that sharp can re-encode it without its metadata. sharp's prebuilt
 * libvips reads AVIF only, not the HEVC that phones' HEIC files carry.
 *
 * The WebAssembly decoder is synchronous and takes seconds for a 12-megapixel photo, so it runs in
 * a worker thread, one photo at a time per process (a decoded 12-megapixel photo is 48 MB of
 * pixels): the server keeps answering meanwhile. The worker ends with its photo, and its memory
 * with it.
 */
export interface DecodedHeic {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel. */
  pixels: Buffer;
}

/** The largest HEIC decoded (pixels): a 48-megapixel phone photo passes; a decompression bomb does not. */
export const HEIC_MAX_PIXELS = 50_000_000;

export class HeicRefusal extends Error {}

const decoderPath = createRequire(import.meta.url).resolve('heic-decode');

// CommonJS run by the worker: reads the size first, refuses what is too large, then decodes.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.decoderPath);
(async () => {
  const images = await decode.all({ buffer: workerData.bytes });
  try {
    const first = images[0];
    if (first.width * first.height > workerData.maxPixels) return parentPort.postMessage({ tooLarge: true });
    const { width, height, data } = await first.decode();
    parentPort.postMessage({ width, height, data }, [data.buffer]);
  } finally {
    images.dispose();
  }
})().catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

let queue: Promise<unknown> = Promise.resolve();

function decodeInWorker(bytes: Buffer): Promise<DecodedHeic> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { decoderPath, bytes, maxPixels: HEIC_MAX_PIXELS } });
    worker.once('message', (m: { width?: number; height?: number; data?: Uint8ClampedArray; tooLarge?: boolean; error?: string }) => {
      void worker.terminate();
      if (m.tooLarge) reject(new HeicRefusal(`A HEIC photo may have at most ${HEIC_MAX_PIXELS} pixels`));
      else if (m.error || !m.data) reject(new HeicRefusal(m.error ?? 'The HEIC photo could not be read'));
      else resolve({ width: m.width!, height: m.height!, pixels: Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength) });
    });
    worker.once('error', (error) => reject(new HeicRefusal(error.message)));
    worker.once('exit', (code) => reject(new HeicRefusal(`The HEIC decoder stopped (${code})`)));
  });
}

/** Decodes one HEIC after the ones before it in this process. */
export function decodeHeic(bytes: Buffer): Promise<DecodedHeic> {
  const next = queue.then(() => decodeInWorker(bytes));
  queue = next.catch(() => undefined);
  return next;
}
