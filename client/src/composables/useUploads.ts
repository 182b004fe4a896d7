import { computed, onBeforeUnmount, ref } from 'vue';
import type { AttachmentItemFragment } from '@/gql/graphql';
import { useAuthStore } from '@/stores/auth';

/** One file picked on the phone: its preview while it uploads, then the server's attachment. */
export interface PendingUpload {
  key: number;
  name: string;
  /** An object URL of the picked image (null for a PDF), shown until the upload is done. */
  preview: string | null;
  /** 0 to 100. */
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  /** The server's refusal code (`UNSUPPORTED_FILE_TYPE`, `FILE_TOO_LARGE`, …) when failed. */
  error: string | null;
  attachment: AttachmentItemFragment | null;
}

let nextKey = 1;

type Answer = { id?: string; errors?: { extensions?: { code?: string } }[] } | null;
function parse(text: string): Answer {
  try {
    return JSON.parse(text) as Answer;
  } catch {
    return null;
  }
}

/**
 * Uploads picked files at once, each over plain HTTP (POST /files, multipart) with its progress
 * (XMLHttpRequest reports upload progress, fetch does not), so the form's mutation only names
 * their ids (`attachmentIds`). `max` photos at most (the server's cap: 9 per item).
 */
export function useUploads(max: number) {
  const auth = useAuthStore();
  const items = ref<PendingUpload[]>([]);

  function upload(item: PendingUpload, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    if (auth.token) xhr.setRequestHeader('Authorization', `Bearer ${auth.token}`);
    const update = (patch: Partial<PendingUpload>) => {
      const i = items.value.findIndex((x) => x.key === item.key);
      if (i >= 0) items.value[i] = { ...items.value[i]!, ...patch };
    };
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) update({ progress: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body?.id) update({ status: 'done', progress: 100, attachment: body as AttachmentItemFragment });
      else update({ status: 'failed', error: body?.errors?.[0]?.extensions?.code ?? 'NETWORK' });
    };
    xhr.onerror = () => update({ status: 'failed', error: 'NETWORK' });
    xhr.send(form);
  }

  /** Takes the files of a file input (at most up to `max` in all); returns how many were left out. */
  function add(files: FileList | File[] | null): number {
    const list = [...(files ?? [])];
    const room = Math.max(0, max - items.value.length);
    for (const file of list.slice(0, room)) {
      const item: PendingUpload = {
        key: nextKey++,
        name: file.name,
        preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
        progress: 0,
        status: 'uploading',
        error: null,
        attachment: null,
      };
      items.value.push(item);
      upload(item, file);
    }
    return list.length - Math.min(list.length, room);
  }

  function remove(key: number) {
    const item = items.value.find((x) => x.key === key);
    if (item?.preview) URL.revokeObjectURL(item.preview);
    items.value = items.value.filter((x) => x.key !== key);
  }

  function clear() {
    for (const item of items.value) if (item.preview) URL.revokeObjectURL(item.preview);
    items.value = [];
  }
  onBeforeUnmount(clear);

  return {
    items,
    /** Some file is still on its way. */
    busy: computed(() => items.value.some((x) => x.status === 'uploading')),
    /** The ids of the files uploaded, in the order picked: what the mutation attaches. */
    ids: computed(() => items.value.flatMap((x) => (x.attachment ? [x.attachment.id] : []))),
    full: computed(() => items.value.length >= max),
    add,
    remove,
    clear,
  };
}
