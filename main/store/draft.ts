import { cloneJson } from './jsonValues';
import type { StoreData } from './storeData';

// Each draft annotations view → the plain array behind it, so checking a draft does not copy it.
const backing = new WeakMap<object, unknown[]>();

const isIndex = (key: string | symbol) => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key);

/**
 * An array that hands out a private copy of a frozen element the first time the element is read,
 * so a mutation may change whatever it looks at, while the elements it never touched stay the
 * committed objects: adding one highlight to 10,000 copies none of them.
 */
function copyOnAccess<T extends object>(items: readonly T[]): T[] {
  const target = items.slice();
  const view = new Proxy(target, {
    get(array, key, receiver) {
      const value: unknown = Reflect.get(array, key, receiver);
      if (isIndex(key) && typeof value === 'object' && value !== null && Object.isFrozen(value)) {
        const copy = cloneJson(value);
        Reflect.set(array, key, copy);
        return copy;
      }
      return value;
    },
  });
  backing.set(view, target);
  return view;
}

/**
 * The copy an update's mutation receives: everything is plain and writable, but annotations are
 * copied only when read. Do not structuredClone `annotations` as a whole (a Proxy cannot be
 * cloned); cloning single annotations is fine.
 */
export function createDraft(base: StoreData): StoreData {
  const { annotations, ...rest } = base;
  return { ...cloneJson(rest), annotations: copyOnAccess(annotations) };
}

/** The elements of a draft's array as stored, without copying the ones never read. */
export function draftItems(array: unknown[]): unknown[] {
  return backing.get(array) ?? array;
}
