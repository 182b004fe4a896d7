import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuid } from '../../client/src/utils/uuid.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uuid', () => {
  it('uses crypto.randomUUID in a secure context', () => {
    vi.stubGlobal('window', { isSecureContext: true });
    const spy = vi.spyOn(crypto, 'randomUUID');
    try {
      expect(uuid()).toMatch(V4);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('builds a version 4 UUID from random bytes over plain http, different each time', () => {
    vi.stubGlobal('window', { isSecureContext: false });
    const spy = vi.spyOn(crypto, 'randomUUID');
    try {
      const ids = Array.from({ length: 50 }, () => uuid());
      for (const id of ids) expect(id).toMatch(V4);
      expect(new Set(ids).size).toBe(50);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
