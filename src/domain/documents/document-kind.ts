/** What may be uploaded: the kinds the lifecycle reads, and the file formats we can read them from. */
export const documentKinds = ['contract', 'invoice', 'delivery-note', 'financial-statements'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const maxDocumentBytes = 10 * 1024 * 1024;

interface FileFormat {
  mediaType: string;
  /** The first bytes every file of the format starts with. */
  magic: number[];
}

const formats: FileFormat[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'application/ofd', magic: [0x50, 0x4b, 0x03, 0x04] }, // OFD is a zip container
];

/** An Office Open XML workbook (.xlsx): financial statements exported from accounting software. */
export const spreadsheetMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The media type the content really has (by its magic bytes), or undefined for anything else. A zip
 * container is a workbook when it holds the workbook part (zip entry names are stored uncompressed),
 * else an OFD document.
 */
export function detectMediaType(content: Buffer): string | undefined {
  const mediaType = formats.find((format) => format.magic.every((byte, index) => content[index] === byte))?.mediaType;
  return mediaType === 'application/ofd' && content.includes('xl/workbook.xml') ? spreadsheetMediaType : mediaType;
}
