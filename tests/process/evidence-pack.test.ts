import { login } from '../support/local-passwords';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { projectRoot } from '../../src/engine/local/engine-profile';
import { balanceOf } from '../../src/domain/dunning/receivable-ledger';
import { EvidencePackService } from '../../src/legal/evidence-pack.service';
import { ProvisionRepository } from '../../src/db/provision.repository';
import { runTag } from '../support/collection-harness';
import { creditRecords, uniqueTaxId } from '../support/credit-records.seed';
import { registeredCustomer } from '../support/customers';
import { startTestSystem } from '../support/test-system';

describe('evidence pack for legal action', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('when the pack is built twice, then one pack holds the uploaded originals, notices, contact log and statement with their checksums', async () => {
    const sales = login('sales.li');
    // this test case's own customer, registered by sales, with an open case (seeded: no lifecycle instance behind it)
    const records = creditRecords(system.db);
    const customerId = await registeredCustomer(() => system.api(), { name: `Evidence Pack ${runTag} Co`, taxId: uniqueTaxId(runTag) });
    const applicationId = await records.application((await records.customers.findById(customerId))!, [], 'OPEN');
    const invoice = fs.readFileSync(path.resolve(projectRoot, '..', 'shared', 'data', 'invoices', 'invoice2data', 'free_fiber.pdf'));
    await system.api().post('/api/documents').auth(...sales).field('applicationId', applicationId).field('kind', 'invoice').attach('file', invoice, 'free_fiber.pdf').expect(201);
    const receivableId = `INV-EVID-${runTag}`;
    await system.db('contact_log').insert({ receivable_id: receivableId, channel: 'phone', outcome: 'NO_ANSWER', note: 'called twice', logged_by: 'finance.chen', dedup_key: `${receivableId}:call-1` });
    const statement = balanceOf({ principalCents: 8_000_000, dueDate: '2026-06-30', dailyLateFeeRate: 0.0005 }, [], '2026-10-01');

    const service = new EvidencePackService(system.db);
    const first = await service.build({ applicationId, receivableId, statement, builtOn: '2026-10-01' });
    const second = await service.build({ applicationId, receivableId, statement, builtOn: '2026-10-02' });
    expect(first.created).toBe(true);
    expect(second).toEqual({ ...first, created: false });

    const zip = await JSZip.loadAsync((await service.originals(receivableId)) as Buffer);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir).sort();
    expect(names).toEqual(expect.arrayContaining(['dunning/contact-log.csv', 'statement-of-account.json']));
    const storedInvoice = names.find((name) => name.startsWith('documents/invoice/') && name.endsWith('free_fiber.pdf')) as string;
    expect(Buffer.compare(await zip.file(storedInvoice)!.async('nodebuffer'), invoice)).toBe(0);
    expect(await zip.file('dunning/contact-log.csv')!.async('string')).toContain('NO_ANSWER');
    expect(JSON.parse(await zip.file('statement-of-account.json')!.async('string'))).toMatchObject({ principalCents: 8_000_000, daysOverdue: 93 });
    expect(first.contents.find((item) => item.file === storedInvoice)?.sha256).toMatch(/^[0-9a-f]{64}$/);

    // and legal sees the case with the provision held for it
    await new ProvisionRepository(system.db).bookOnce({ receivableId, businessKey: `${receivableId}:red`, kind: 'TOP_UP', amountCents: 1_200_000, rate: 0.15, reason: 'downgrade to red' });
    const cases = await system.api().get('/api/legal-cases').auth(...login('legal.zhao')).expect(200);
    expect(cases.body.cases).toContainEqual(expect.objectContaining({ receivableId, applicationId, evidencePackId: first.id, evidenceItems: first.contents.length, provisionHeldCents: 1_200_000 }));
    await system.api().get('/api/legal-cases').auth(...login('sales.li')).expect(403);
  });
});
