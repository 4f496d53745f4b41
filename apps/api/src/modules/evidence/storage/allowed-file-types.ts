/** How the first bytes of a file of one kind look; `null` means the kind is plain text. */
type Signature = { bytes: number[]; offset?: number }[] | null;

interface FileType {
  contentType: string;
  /** Any one of these must match; text kinds instead must hold no NUL byte. */
  signatures: Signature;
}

const PDF = [{ bytes: [0x25, 0x50, 0x44, 0x46] }];
const ZIP = [{ bytes: [0x50, 0x4b, 0x03, 0x04] }, { bytes: [0x50, 0x4b, 0x05, 0x06] }];
/** Compound File Binary: legacy Word, Excel, PowerPoint and WPS documents. */
const OLE = [{ bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }];

/**
 * The evidence a unit attaches: scans and photos, office documents, archives and plain text. Keyed by
 * lower-case extension; the extension picks the content type and the sniffed bytes must agree with it.
 */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, FileType>> = Object.freeze({
  pdf: { contentType: 'application/pdf', signatures: PDF },
  png: {
    contentType: 'image/png',
    signatures: [{ bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  },
  jpg: { contentType: 'image/jpeg', signatures: [{ bytes: [0xff, 0xd8, 0xff] }] },
  jpeg: { contentType: 'image/jpeg', signatures: [{ bytes: [0xff, 0xd8, 0xff] }] },
  gif: { contentType: 'image/gif', signatures: [{ bytes: [0x47, 0x49, 0x46, 0x38] }] },
  webp: {
    contentType: 'image/webp',
    signatures: [{ bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 }],
  },
  doc: { contentType: 'application/msword', signatures: OLE },
  xls: { contentType: 'application/vnd.ms-excel', signatures: OLE },
  ppt: { contentType: 'application/vnd.ms-powerpoint', signatures: OLE },
  wps: { contentType: 'application/vnd.ms-works', signatures: OLE },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    signatures: ZIP,
  },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signatures: ZIP },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    signatures: ZIP,
  },
  zip: { contentType: 'application/zip', signatures: ZIP },
  txt: { contentType: 'text/plain; charset=utf-8', signatures: null },
  csv: { contentType: 'text/csv; charset=utf-8', signatures: null },
});

/** Enough leading bytes for every signature above and a fair look for NUL bytes in text. */
export const SNIFF_BYTES = 4096;

export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/** Whether the leading bytes of a file agree with what its extension claims. */
export function sniffMatches(type: FileType, head: Buffer): boolean {
  if (type.signatures === null) return !head.includes(0);
  return type.signatures.some(({ bytes, offset = 0 }) =>
    bytes.every((byte, index) => head[offset + index] === byte),
  );
}
