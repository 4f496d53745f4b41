import type { Actor } from '@duban/domain';
import { describe, expect, it } from 'vitest';
import { mayDownloadEvidence } from './may-download-evidence.js';

const officer: Actor = { userId: 'u-officer', role: 'UNIT_OFFICER', unitId: 'sfj' };
const inspector: Actor = { userId: 'u-inspector', role: 'INSPECTOR' };
const leader: Actor = { userId: 'u-leader', role: 'LEADER' };

describe('mayDownloadEvidence', () => {
  it('keeps an uncited upload with its uploader', () => {
    expect(mayDownloadEvidence(officer, [], ['u-officer'])).toBe(true);
    expect(mayDownloadEvidence(inspector, [], ['u-officer'])).toBe(false);
  });

  it('opens a file cited by a task to every signed-in role', () => {
    const task = [{ kind: 'TASK' as const, id: 't-1' }];
    for (const actor of [officer, inspector, leader]) expect(mayDownloadEvidence(actor, task, [])).toBe(true);
  });

  it('hides the files of a finding not yet notified from unit officers, as the finding is hidden', () => {
    const logged = [{ kind: 'FINDING' as const, id: 'f-1', notified: false }];
    expect(mayDownloadEvidence(officer, logged, [])).toBe(false);
    expect(mayDownloadEvidence(inspector, logged, [])).toBe(true);
    expect(mayDownloadEvidence(leader, logged, [])).toBe(true);
    const notified = [{ kind: 'FINDING' as const, id: 'f-1', notified: true }];
    expect(mayDownloadEvidence(officer, notified, [])).toBe(true);
  });
});
