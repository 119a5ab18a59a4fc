/**
 * Bytes of a user's file → text. Spreadsheets write CSV as UTF-8 (with or without a BOM), or, in
 * Chinese Excel and WPS by default, as GB18030/GBK; Excel's "Unicode text" is UTF-16 with a BOM.
 * Detection: a BOM decides; else strict UTF-8; else strict GB18030; else it is not text.
 * Workbooks, PDFs, images and other binaries are recognised and named, so the user knows what to do.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What a binary file looks like, from its first bytes (for a helpful message). */
export type BinaryKind = 'xlsx' | 'xls' | 'pdf' | 'image' | 'archive' | 'binary';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; kind: 'empty' }
  | { ok: false; kind: BinaryKind };

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/**
 * `sniffBinary(bytes of an .xlsx)` → 'xlsx'; `null` when the bytes may be text.
 * Text files never hold NUL bytes (UTF-16 is caught by its BOM first) and few C0 controls.
 */
export function sniffBinary(b: Uint8Array): BinaryKind | null {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'; // zip: .xlsx, .docx, .zip
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls'; // OLE2: .xls, .doc, .et
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(b, [0xff, 0xd8, 0xff]) ||
    startsWith(b, [0x47, 0x49, 0x46, 0x38])
  )
    return 'image';
  if (startsWith(b, [0x1f, 0x8b]) || startsWith(b, [0x52, 0x61, 0x72, 0x21])) return 'archive';
  const n = Math.min(b.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return 'binary';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return n > 0 && controls / n > 0.01 ? 'binary' : null;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * `decodeBytes(new Uint8Array([0xcb, 0xc4, 0xb4, 0xa8]))` → `{ ok: true, text: '四川', encoding: 'gb18030' }`.
 * The returned text never starts with a BOM.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, kind: 'empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === null
      ? { ok: false, kind: 'binary' }
      : { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const text = strict(le ? 'utf-16le' : 'utf-16be', bytes.subarray(2));
    if (text !== null) return { ok: true, text, encoding: le ? 'utf-16le' : 'utf-16be' };
    return { ok: false, kind: 'binary' };
  }
  const kind = sniffBinary(bytes);
  if (kind) return { ok: false, kind };
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, kind: 'binary' };
}
