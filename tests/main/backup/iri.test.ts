import { describe, expect, it } from 'vitest';
import { articleIri, idToIri, iriToId } from '../../../main/backup/iri';

describe('Yuedu ids as IRIs', () => {
  it('writes UUIDs as urn:uuid IRIs and reads them back', () => {
    const id = '0b6a1f3e-5c2d-4e8f-9a7b-1c3d5e7f9a0b';
    expect(idToIri('annotation', id)).toBe(`urn:uuid:${id}`);
    expect(iriToId('annotation', `urn:uuid:${id}`)).toBe(id);
    expect(iriToId('user', idToIri('user', id.toUpperCase()))).toBe(id.toUpperCase());
  });

  it('keeps any other id exactly, percent-encoded under yuedu://', () => {
    for (const id of ['legacy id/1', 'friend@study-group', '笔记#3', '100%']) {
      const iri = idToIri('user', id);
      expect(iri).toMatch(/^yuedu:\/\/user\/[A-Za-z0-9\-_.!~*'()%]+$/);
      expect(iriToId('user', iri)).toBe(id);
    }
    expect(iriToId('article', articleIri('greater-bay-area-friends'))).toBe(
      'greater-bay-area-friends',
    );
  });

  it('refuses IRIs that are not Yuedu ids of the asked kind', () => {
    expect(iriToId('article', 'http://example.com/a')).toBeNull();
    expect(iriToId('article', idToIri('annotation', 'x'))).toBeNull();
    expect(iriToId('annotation', 'urn:uuid:not-a-uuid')).toBeNull();
    expect(iriToId('user', 'yuedu://user/%E0%A4%A')).toBeNull();
    expect(iriToId('user', 'yuedu://user/')).toBeNull();
  });
});
