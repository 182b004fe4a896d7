/**
 * Downloads one of the server's Excel exports (`/export/<name>.xlsx`, server/app/exports): fetched
 * with the session's Bearer token, as every API call is (so the file is always the signed-in
 * person's, whatever cookie the browser holds), then saved under the name the server gave it in
 * Content-Disposition (RFC 5987's UTF-8 `filename*`, Chinese by default).
 */
export class ExportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The file name of a Content-Disposition header: `filename*` (UTF-8) first, else `filename`. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed escape: the plain name below.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** `/export/issues.xlsx?community=…&status=A,B`: lists comma-separated, empty values left out. */
export function exportUrl(name: string, params: Record<string, string | boolean | readonly string[] | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'boolean') query.set(key, String(value));
    else if (typeof value === 'string') query.set(key, value);
    else if (value.length) query.set(key, value.join(','));
  }
  return `/export/${name}.xlsx?${query.toString()}`;
}

export async function downloadExport(url: string, token: string | null): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ExportError('NETWORK', 'network');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string; extensions?: { code?: string } }[] } | null;
    const first = body?.errors?.[0];
    throw new ExportError(first?.extensions?.code ?? 'UNKNOWN', first?.message ?? res.statusText);
  }
  const name = dispositionFileName(res.headers.get('content-disposition'), 'export.xlsx');
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; revoke once it had a turn to start.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
