import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpSources, SourceUnavailableError } from '../../../src/investigation/http-sources';
import { readSampleCompanies, sampleCompanySources } from '../../../src/investigation/sample-company-sources';
import { investigationProviderRoutes } from '../../support/investigation-provider';

/** A real HTTP server on loopback answering like a registry / court / news / bureau provider, and one that answers oddly. */
function providerServer(): express.Express {
  const app = express();
  app.get('/companies/BROKEN0000000000/report', (_request, response) => {
    response.json({ unexpected: true });
  });
  return app.use(investigationProviderRoutes(readSampleCompanies().companies, { bureauDownForUnknown: true }));
}

describe('investigation sources over HTTP', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = providerServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('when a provider answers, then the HTTP sources give exactly what the file-backed ones give', async () => {
    const http = httpSources({ registryUrl: base, litigationUrl: base, newsUrl: base, bureauUrl: base });
    const file = sampleCompanySources();
    for (const taxId of ['91310000SAMPLE0001', '91310000SAMPLE0002']) {
      expect(await http.registry.lookup(taxId)).toEqual(await file.registry.lookup(taxId));
      expect(await http.registry.linkedTo(taxId)).toEqual(await file.registry.linkedTo(taxId));
      expect(await http.litigation.casesOf(taxId)).toEqual(await file.litigation.casesOf(taxId));
      expect(await http.news.newsAbout(taxId)).toEqual(await file.news.newsAbout(taxId));
      expect(await http.bureau.reportOn(taxId)).toEqual(await file.bureau.reportOn(taxId));
    }
  });

  it('when a company is unknown, then the registry says so; when a provider fails or answers oddly, then a clear error', async () => {
    const http = httpSources({ registryUrl: base, litigationUrl: base, newsUrl: base, bureauUrl: base });
    expect(await http.registry.lookup('91310000UNKNOWN99')).toBeUndefined();
    await expect(http.bureau.reportOn('91310000UNKNOWN99')).rejects.toThrow(new SourceUnavailableError(`征信 Credit bureau (${new URL(base).host}) 不可用 unavailable: answered 503 Service Unavailable`));
    await expect(http.bureau.reportOn('BROKEN0000000000')).rejects.toThrow(/unexpected shape/);
  });
});
