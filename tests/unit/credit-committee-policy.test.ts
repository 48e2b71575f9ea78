import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localUsers } from '../../src/api/auth/roles';
import { loadCreditCommittee } from '../../src/policy/credit-committee.policy';

const writePolicy = (content: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'committee-')), 'credit-committee.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
};

describe('the credit committee as policy data', () => {
  it('when the shipped policy is read, then its members and chair are committee users of this installation', () => {
    const committee = loadCreditCommittee();
    const committeeUsers = localUsers.filter((user) => user.role === 'committee').map((user) => user.username);
    expect(committee.members.length).toBeGreaterThan(0);
    expect(committeeUsers).toEqual(expect.arrayContaining([...committee.members, committee.chair]));
  });

  it('when a member is listed twice or the chair also votes, then loading names the problem', () => {
    const base = { description: 'test', version: 'v1' };
    expect(() => loadCreditCommittee(writePolicy({ ...base, members: ['head.risk', 'head.risk'], chair: 'general.manager' }))).toThrow(/members: each member once/);
    expect(() => loadCreditCommittee(writePolicy({ ...base, members: ['head.risk', 'general.manager'], chair: 'general.manager' }))).toThrow(/chair: the chair casts the deciding vote/);
    expect(() => loadCreditCommittee(writePolicy({ ...base, members: [], chair: 'general.manager' }))).toThrow(/members/);
  });
});
