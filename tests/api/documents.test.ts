import { login } from '../support/local-passwords';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { DocumentRepository } from '../../src/db/document.repository';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';

const sharedInvoice = path.resolve(projectRoot, '..', 'shared', 'data', 'invoices', 'invoice2data', 'AzureInterior.pdf');
const sales = login('sales.li');

describe('documents: upload, durable storage with checksum, read back', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  let applicationId: string;
  beforeAll(async () => {
    system = await startTestSystem();
    const customerId = await registeredCustomer(() => system.api(), { name: 'Document Upload Co', taxId: '91310000DOCUP0001A' });
    applicationId = (await system.api().post('/api/applications').auth(...sales).send({ customerId, requestedLimit: 5000 }).expect(201)).body.id;
  });
  afterAll(async () => {
    await system.close();
  });

  it('when a real invoice PDF is uploaded, then it is stored with its checksum and read back byte for byte', async () => {
    const content = fs.readFileSync(sharedInvoice);
    const uploaded = await system.api().post('/api/documents').auth(...sales)
      .field('applicationId', applicationId).field('kind', 'invoice').attach('file', content, 'AzureInterior.pdf').expect(201);
    expect(uploaded.body).toMatchObject({ applicationId, kind: 'invoice', mediaType: 'application/pdf', sizeBytes: content.length, uploadedBy: 'sales.li' });
    const back = await system.api().get(`/api/documents/${uploaded.body.id}/content`).auth(...login('analyst.wang')).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(back.body as Buffer, content)).toBe(0);
    expect(back.headers.digest).toBe(`sha-256=${Buffer.from(uploaded.body.sha256, 'hex').toString('base64')}`);
    // the same bytes again are the same document, not a second copy
    const again = await system.api().post('/api/documents').auth(...sales)
      .field('applicationId', applicationId).field('kind', 'invoice').attach('file', content, 'copy.pdf').expect(200);
    expect(again.body.id).toBe(uploaded.body.id);
  });

  it.each([
    ['a text file named .pdf', () => Buffer.from('not really a pdf'), 'file'],
    ['a file over 10 MB', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 32)]), 'file'],
  ])('when %s is uploaded, then 400 names the file field and nothing is stored', async (_case, content, field) => {
    const before = await new DocumentRepository(system.db).count();
    const response = await system.api().post('/api/documents').auth(...sales)
      .field('applicationId', applicationId).field('kind', 'invoice').attach('file', content(), 'upload.pdf').expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    expect(await new DocumentRepository(system.db).count()).toBe(before);
  });

  it('when fields are wrong or the file is missing, then 400 names them', async () => {
    const wrongKind = await system.api().post('/api/documents').auth(...sales)
      .field('applicationId', applicationId).field('kind', 'selfie').attach('file', fs.readFileSync(sharedInvoice), 'x.pdf').expect(400);
    expect(wrongKind.body.errors.map((error: { field: string }) => error.field)).toEqual(['kind']);
    const noFile = await system.api().post('/api/documents').auth(...sales).field('applicationId', applicationId).field('kind', 'invoice').expect(400);
    expect(noFile.body.errors).toEqual([{ field: 'file', message: 'is required' }]);
    const unknownApplication = await system.api().post('/api/documents').auth(...sales)
      .field('applicationId', '0b3c9d0e-2f3a-4b5c-8d7e-9f0a1b2c3d4e').field('kind', 'contract').attach('file', fs.readFileSync(sharedInvoice), 'x.pdf').expect(400);
    expect(unknownApplication.body.errors).toEqual([{ field: 'applicationId', message: 'no such application' }]);
  });

  it('when a stored document was altered in the database, then reading it fails rather than serving it', async () => {
    const uploaded = await system.api().post('/api/documents').auth(...sales)
      .field('applicationId', applicationId).field('kind', 'delivery-note').attach('file', fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'documents', 'one-pixel.png')), 'note.png').expect(201);
    await system.db('document').where({ id: uploaded.body.id }).update({ content: Buffer.from('tampered') });
    const response = await system.api().get(`/api/documents/${uploaded.body.id}/content`).auth(...login('analyst.wang'));
    expect(response.status).toBe(500);
    expect(response.body.detail).not.toContain('checksum');
  });
});
