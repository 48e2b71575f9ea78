import fs from 'node:fs';

/**
 * A font with Chinese glyphs for the PDFs we write (reports, notices, evidence packs), from
 * Debian's fonts-wqy-zenhei (installed by the project's CI step). `family` is the PostScript
 * name inside the .ttc collection, which is how pdfkit picks the face.
 */
export const cjkFont = { file: process.env.CJK_FONT_FILE ?? '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' };

export function assertCjkFont(): void {
  if (!fs.existsSync(cjkFont.file)) throw new Error(`No CJK font at ${cjkFont.file}: install Debian's fonts-wqy-zenhei or set CJK_FONT_FILE.`);
}
