import { createHash } from 'node:crypto';

/**
 * What the archive of a closed transaction holds (DOMAIN.md §1 step 11): every document with its
 * checksum, the decisions taken on the way, and the receivable's ledger. The manifest's own
 * digest makes later changes detectable.
 */
export interface TransactionManifest {
  receivableId: string;
  applicationId: string;
  customerId: string;
  paymentOutcome: string;
  documents: Array<{ id: string; kind: string; fileName: string; sha256: string; uploadedAt: string }>;
  decisions: {
    shippingDocuments: { matchedAt: string; acceptedMismatches: string[]; mismatchResolution: string | null; documentIds: Array<string | null> } | null;
    /** The credit decision as the case took it: score, grade, colour, limit, term, who decided and why. */
    credit: Record<string, unknown>;
    investigationReportId: string | null;
  };
  ledger: {
    principalCents: number;
    currency: string;
    issuedOn: string;
    dueDate: string | null;
    status: string;
    events: Array<{ kind: string; date: string; amountCents: number; reference: string }>;
  } | null;
  contacts: Array<{ channel: string; outcome: string; note: string | null }>;
}

/** Keys sorted at every level, so the same manifest always gives the same digest. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  return value;
}

export function manifestDigest(manifest: TransactionManifest): string {
  return createHash('sha256').update(JSON.stringify(canonical(manifest))).digest('hex');
}
