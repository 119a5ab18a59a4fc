/**
 * Keeps the user's imported events across reloads, in IndexedDB (room for large files), or in
 * localStorage when IndexedDB is unavailable. What is stored is the events as CSV text — the same
 * format as the import — so a restore goes through the same validator as a fresh import.
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

/** Save (replacing any earlier import). Throws when neither store can hold it. */
export async function saveImport(s: SavedImport): Promise<void> {
  try {
    await withStore('readwrite', (st) => st.put(s, KEY));
    localStorage.removeItem(LS_KEY);
    return;
  } catch {
    if (s.csv.length > LS_MAX) throw new Error('too large for localStorage');
    localStorage.setItem(LS_KEY, JSON.stringify(s));
  }
}

/** The saved import, or null (none, unreadable, or from an unknown version). */
export async function loadImport(): Promise<SavedImport | null> {
  try {
    const v = await withStore<unknown>('readonly', (st) => st.get(KEY));
    if (isSaved(v)) return v;
  } catch {
    /* fall through to localStorage */
  }
  try {
    const raw = localStorage.getItem(LS_KEY);
    const v: unknown = raw ? JSON.parse(raw) : null;
    return isSaved(v) ? v : null;
  } catch {
    return null;
  }
}

export async function clearImport(): Promise<void> {
  try {
    localStorage.removeItem(LS_KEY);
  } catch {
    /* private mode */
  }
  try {
    await withStore('readwrite', (st) => st.delete(KEY));
  } catch {
    /* nothing stored */
  }
}
