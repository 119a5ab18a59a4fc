/**
 * Keeps the user's imported events and approved boundary file across reloads, in IndexedDB (room
 * for large files), or in localStorage when IndexedDB is unavailable. What is stored is the text
 * the user loaded, so a restore goes through the same validator as a fresh import.
 */

export interface SavedImport {
  version: 1;
  /** 'replace': only the user's events are shown; 'merge': the built-in ones plus these. */
  mode: 'replace' | 'merge';
  csv: string;
  fileName: string;
  count: number;
  savedAt: number;
}

const DB = 'reform-atlas';
const STORE = 'imports';
const KEY = 'current';
const LS_KEY = 'reform-atlas.import';
/** localStorage holds ~5M UTF-16 characters per origin; leave room for the rest. */
const LS_MAX = 4_000_000;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB aborted'));
    });
  } finally {
    db.close();
  }
}

const isSaved = (x: unknown): x is SavedImport =>
  !!x &&
  typeof x === 'object' &&
  (x as SavedImport).version === 1 &&
  ((x as SavedImport).mode === 'replace' || (x as SavedImport).mode === 'merge') &&
  typeof (x as SavedImport).csv === 'string';

/** Store a value under a key (IndexedDB, else localStorage). Throws when neither can hold it. */
async function saveItem(key: string, lsKey: string, value: object, chars: number): Promise<void> {
  try {
    await withStore('readwrite', (st) => st.put(value, key));
    localStorage.removeItem(lsKey);
  } catch {
    if (chars > LS_MAX) throw new Error('too large for localStorage');
    localStorage.setItem(lsKey, JSON.stringify(value));
  }
}

/** The value stored under a key if it passes the guard, else null. */
async function loadItem<T>(key: string, lsKey: string, ok: (x: unknown) => x is T) {
  try {
    const v = await withStore<unknown>('readonly', (st) => st.get(key));
    if (ok(v)) return v;
  } catch {
    /* fall through to localStorage */
  }
  try {
    const raw = localStorage.getItem(lsKey);
    const v: unknown = raw ? JSON.parse(raw) : null;
    return ok(v) ? v : null;
  } catch {
    return null;
  }
}

async function clearItem(key: string, lsKey: string): Promise<void> {
  try {
    localStorage.removeItem(lsKey);
  } catch {
    /* private mode */
  }
  try {
    await withStore('readwrite', (st) => st.delete(key));
  } catch {
    /* nothing stored */
  }
}

/** Save (replacing any earlier import). Throws when neither store can hold it. */
export const saveImport = (s: SavedImport) => saveItem(KEY, LS_KEY, s, s.csv.length);
/** The saved import, or null (none, unreadable, or from an unknown version). */
export const loadImport = () => loadItem(KEY, LS_KEY, isSaved);
export const clearImport = () => clearItem(KEY, LS_KEY);

/** A user's approved boundary file (GeoJSON/TopoJSON text) and the attribution they gave it. */
export interface SavedBoundary {
  version: 1;
  text: string;
  fileName: string;
  attribution: string;
  savedAt: number;
}

const BOUNDARY_KEY = 'boundary';
const BOUNDARY_LS = 'reform-atlas.boundary';

const isBoundary = (x: unknown): x is SavedBoundary =>
  !!x &&
  typeof x === 'object' &&
  (x as SavedBoundary).version === 1 &&
  typeof (x as SavedBoundary).text === 'string' &&
  typeof (x as SavedBoundary).attribution === 'string';

/** Save the boundary file (replacing an earlier one). Throws when neither store can hold it. */
export const saveBoundary = (b: SavedBoundary) =>
  saveItem(BOUNDARY_KEY, BOUNDARY_LS, b, b.text.length);
/** The saved boundary file, or null. */
export const loadBoundary = () => loadItem(BOUNDARY_KEY, BOUNDARY_LS, isBoundary);
export const clearBoundary = () => clearItem(BOUNDARY_KEY, BOUNDARY_LS);
