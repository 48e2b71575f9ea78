import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The committee policy a process owner edits: `processes/policy/credit-committee.json`. */
export const creditCommitteeFile = path.resolve(__dirname, '..', '..', 'processes', 'policy', 'credit-committee.json');

const username = z.string().regex(/^[a-z][a-z0-9.-]{1,39}$/, 'a username, e.g. head.risk');

const creditCommitteeSchema = z
  .object({
    description: z.string(),
    version: z.string().min(1),
    members: z.array(username).min(1).refine((members) => new Set(members).size === members.length, 'each member once'),
    chair: username,
  })
  .refine((committee) => !committee.members.includes(committee.chair), { path: ['chair'], message: 'the chair casts the deciding vote, so is not also one of the voting members' });

export type CreditCommittee = z.infer<typeof creditCommitteeSchema>;

export function loadCreditCommittee(file = creditCommitteeFile): CreditCommittee {
  const parsed = creditCommitteeSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`The credit committee ${path.basename(file)} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}
