import { mkdir, readlink, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * tesseract.js reads every language from one folder (`langPath`). The trained data comes
 * from the npm packages @tesseract.js-data/eng and @tesseract.js-data/chi_sim (LSTM
 * "best_int" models, gzipped); they are linked into one folder here so that nothing is
 * ever fetched from a CDN.
 */
const ocrLanguages = ['eng', 'chi_sim'] as const;

export async function prepareLanguageFolder(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  for (const language of ocrLanguages) {
    const packageDir = path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`));
    const source = path.join(packageDir, '4.0.0_best_int', `${language}.traineddata.gz`);
    const link = path.join(folder, `${language}.traineddata.gz`);
    const existing = await readlink(link).catch(() => null);
    if (existing === source) continue;
    if (existing !== null) await unlink(link).catch(() => undefined);
    // several workers may prepare the folder at once: a link another one just made is fine
    await symlink(source, link).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST' || (await readlink(link)) !== source) throw error;
    });
  }
  return folder;
}
