// The byte layout of a saved index: a JSON part for structured data and raw typed arrays for the bulk
// (postings), so a restart copies arrays instead of parsing millions of numbers out of JSON text.
//
//   "DFCX" | u32 JSON byte length | JSON | per array: padding to 8 | raw bytes
//
// The JSON part lists each array's name, type and length; byte order is the machine's (a snapshot lives in
// the extension's storage on the machine that wrote it).

type ArrayKind = 'Int32Array' | 'Uint8Array' | 'Uint16Array' | 'Float64Array';
export type StoredArray = Int32Array | Uint8Array | Uint16Array | Float64Array;

const MAGIC = 'DFCX';
const CONSTRUCTORS = { Int32Array, Uint8Array, Uint16Array, Float64Array } as const;

interface Layout {
  data: unknown;
  arrays: Array<{ name: string; kind: ArrayKind; length: number }>;
}

const align = (n: number) => (n + 7) & ~7;

export function encodeSnapshot(data: unknown, arrays: Record<string, StoredArray>): Uint8Array {
  const entries = Object.entries(arrays);
  const layout: Layout = {
    data,
    arrays: entries.map(([name, array]) => ({ name, kind: array.constructor.name as ArrayKind, length: array.length })),
  };
  const json = Buffer.from(JSON.stringify(layout), 'utf8');
  let size = align(8 + json.length);
  for (const [, array] of entries) size = align(size + array.byteLength);
  const out = new Uint8Array(size);
  out.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  let at = align(8 + json.length);
  for (const [, array] of entries) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align(at + array.byteLength);
  }
  return out;
}

/** The parts of a snapshot; throws on bytes that are not one (the caller refuses the snapshot). */
export function decodeSnapshot(bytes: Uint8Array): { data: unknown; arrays: Map<string, StoredArray> } {
  if (bytes.length < 8 || Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== MAGIC) throw new Error('not a snapshot');
  const jsonLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + jsonLength > bytes.length) throw new Error('truncated snapshot');
  const layout = JSON.parse(Buffer.from(bytes.subarray(8, 8 + jsonLength)).toString('utf8')) as Layout;
  const arrays = new Map<string, StoredArray>();
  let at = align(8 + jsonLength);
  for (const { name, kind, length } of layout.arrays) {
    const Type = CONSTRUCTORS[kind];
    if (!Type || !Number.isInteger(length) || length < 0) throw new Error('bad array in snapshot');
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw new Error('truncated snapshot');
    // A copy into its own buffer: aligned for the type whatever the input's offset, and independent of it.
    const copy = new Uint8Array(byteLength);
    copy.set(bytes.subarray(at, at + byteLength));
    arrays.set(name, new Type(copy.buffer, 0, length));
    at = align(at + byteLength);
  }
  return { data: layout.data, arrays };
}
