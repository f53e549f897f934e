/**
 * Yuedu ids as the IRIs the W3C model requires, and back. Random UUIDs become `urn:uuid:` IRIs;
 * any other id (restored from an older or hand-made file) is percent-encoded under `yuedu://`, so
 * every id survives the round trip exactly.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_UUID = 'urn:uuid:';

/** The IRI kinds Yuedu mints; each has its own `yuedu://<kind>/` space for ids that are not UUIDs. */
export type IriKind = 'annotation' | 'user' | 'article';

/** An annotation or user id as an IRI (`urn:uuid:…` when it is a UUID). */
export function idToIri(kind: 'annotation' | 'user', id: string): string {
  return UUID.test(id) ? `${URN_UUID}${id}` : `yuedu://${kind}/${encodeURIComponent(id)}`;
}

/** The article an annotation targets, as the `source` IRI that deep links also use. */
export function articleIri(articleId: string): string {
  return `yuedu://article/${encodeURIComponent(articleId)}`;
}

/** Reads back an id written by `idToIri`/`articleIri`; null when the IRI is not one of Yuedu's. */
export function iriToId(kind: IriKind, iri: string): string | null {
  if (kind !== 'article' && iri.toLowerCase().startsWith(URN_UUID)) {
    const id = iri.slice(URN_UUID.length);
    return UUID.test(id) ? id : null;
  }
  const prefix = `yuedu://${kind}/`;
  if (!iri.startsWith(prefix)) return null;
  try {
    const id = decodeURIComponent(iri.slice(prefix.length));
    return id === '' ? null : id;
  } catch {
    return null; // malformed percent-encoding
  }
}
