import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreditFreezeRepository } from '../../src/db/credit-freeze.repository';
import { EngineMessageRepository } from '../../src/db/engine-message.repository';
import { readSampleCompanies, sampleCompanySources } from '../../src/investigation/sample-company-sources';
import { GroupFreezeService } from '../../src/legal/group-freeze.service';
import { runTag } from '../support/collection-harness';
import { creditRecords, uniqueTaxId } from '../support/credit-records.seed';
import { startTestSystem } from '../support/test-system';

/**
 * The labelled sample companies (a clean trader, a risky manufacturer, its subsidiary, a sister sharing
 * a natural-person shareholder) under tax ids of this test case's own, so that no other suite's case
 * shares its group: the registry links them exactly as it links the samples.
 */
function sampleGroupOfOwn(): { file: string; clean: string; manufacturer: string; subsidiary: string; sister: string } {
  const ids = { clean: uniqueTaxId(runTag), manufacturer: uniqueTaxId(runTag), subsidiary: uniqueTaxId(runTag), sister: uniqueTaxId(runTag) };
  const renamed: Record<string, string> = { '91310000SAMPLE0001': ids.clean, '91310000SAMPLE0002': ids.manufacturer, '91310000SAMPLE0003': ids.subsidiary, '91310000SAMPLE0004': ids.sister };
  const text = Object.entries(renamed).reduce((json, [sample, own]) => json.replaceAll(sample, own), JSON.stringify(readSampleCompanies()));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'group-freeze-')), 'companies.json');
  fs.writeFileSync(file, text);
  return { file, ...ids };
}

describe('freezing the credit of a customer and its group', () => {
  let system: Awaited<ReturnType<typeof startTestSystem>>;
  const files: string[] = [];
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    for (const file of files) fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await system.close();
  });

  it('when a red warning freezes the risky manufacturer twice, then it and its two related enterprises are frozen once each and their open cases are told once', async () => {
    const group = sampleGroupOfOwn();
    files.push(group.file);
    const freezes = new CreditFreezeRepository(system.db);
    // the sister is our customer with a case still open (seeded: this test is about the freeze, not the lifecycle)
    const records = creditRecords(system.db);
    const sister = await records.customer({ name: `Sample Sister Logistics ${group.sister} Co., Ltd.`, taxId: group.sister, industryRisk: 'medium' });
    const sisterCase = { body: { id: await records.application(sister, [], 'OPEN') } };
    const service = new GroupFreezeService({ freezes, sources: sampleCompanySources(group.file), messages: system.messages, db: system.db });

    const first = await service.freeze({ taxId: group.manufacturer, receivableId: `INV-RED-${runTag}`, reason: 'RED_WARNING_OVER_30_DAYS' });
    const second = await service.freeze({ taxId: group.manufacturer, receivableId: `INV-RED-${runTag}`, reason: 'RED_WARNING_OVER_30_DAYS' });

    expect(first.newlyFrozenTaxIds.sort()).toEqual([group.manufacturer, group.subsidiary, group.sister].sort());
    expect(second.newlyFrozenTaxIds).toEqual([]);
    expect((await freezes.all(first.frozenTaxIds)).map((freeze) => [freeze.taxId, freeze.relation]).sort()).toEqual([
      [group.manufacturer, 'customer'], [group.subsidiary, 'subsidiary'], [group.sister, 'shared shareholder'],
    ].sort());
    expect(await freezes.isFrozen(group.clean)).toBe(false);
    expect(first.notifiedApplicationIds).toContain(sisterCase.body.id);
    expect(second.notifiedApplicationIds).toContain(sisterCase.body.id);
    // the credit-frozen message was published once for the sister's case (through the message outbox, by applicationId)
    const published = await system.db('engine_message').where({ message_name: 'credit-frozen', correlation_value: sisterCase.body.id }).select('message_id');
    expect(published).toEqual([{ message_id: `credit-frozen:${sisterCase.body.id}` }]);
    expect(await new EngineMessageRepository(system.db).find(`credit-frozen:${sisterCase.body.id}`)).toMatchObject({
      correlationVariable: 'applicationId', variables: { creditFrozenReason: 'RED_WARNING_OVER_30_DAYS', creditFrozenBy: `INV-RED-${runTag}` },
    });
  });
});
