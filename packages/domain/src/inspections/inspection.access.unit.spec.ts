import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { SYSTEM_ACTOR } from '../shared/system-actor.js';
import { assertMayRunInspectionCommand } from './inspection.access.js';
import { decideInspection } from './inspection.decide.js';
import type { InspectionCommand } from './inspection.commands.js';
import { evolveInspection, initialInspectionState } from './inspection.state.js';
import type { InspectionState } from './inspection.state.js';

const none = initialInspectionState();
const existing: InspectionState = evolveInspection(none, {
  type: 'InspectionOpened',
  data: {
    inspectionId: 'i-1',
    kind: 'SPECIAL',
    title: '专项督察',
    teamUserIds: ['insp-1'],
    targetUnitIds: ['yingji'],
    periodStart: '2024-03-01',
    periodEnd: '2024-06-30',
    filesSampled: null,
    filesSampledByUnit: [],
    openedBy: 'office-1',
    openedAt: '2024-03-01T09:00:00+08:00',
  },
});

const teamInspector: Actor = { userId: 'insp-1', role: 'INSPECTOR' };
const otherInspector: Actor = { userId: 'insp-9', role: 'INSPECTOR' };
const office: Actor = { userId: 'office-1', role: 'DISTRICT_OFFICE' };
const officer: Actor = { userId: 'u-1', role: 'UNIT_OFFICER', unitId: 'yingji' };
const leader: Actor = { userId: 'lead-1', role: 'LEADER' };
const admin: Actor = { userId: 'admin-1', role: 'SYSTEM_ADMIN' };

const commands: Record<InspectionCommand['type'], InspectionCommand> = {
  OpenInspection: {
    type: 'OpenInspection',
    data: {
      inspectionId: 'i-1',
      kind: 'SPECIAL',
      title: 't',
      teamUserIds: ['insp-1'],
      targetUnitIds: ['yingji'],
      periodStart: '2024-03-01',
      periodEnd: '2024-06-30',
    },
  },
  RecordCaseFileReview: {
    type: 'RecordCaseFileReview',
    data: { inspectionId: 'i-1', unitId: 'yingji', filesSampled: 1, filesWithIssues: 0, outcome: 'ok' },
  },
  IssueInspectionNotice: {
    type: 'IssueInspectionNotice',
    data: { inspectionId: 'i-1', noticeId: 'n-1', title: 't', content: { units: [] } },
  },
  CloseInspection: { type: 'CloseInspection', data: { inspectionId: 'i-1' } },
};

const allowed = (type: InspectionCommand['type'], actor: Actor, state: InspectionState = existing) => {
  try {
    assertMayRunInspectionCommand(commands[type], state, actor);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errorClass).toBe('FORBIDDEN');
    return false;
  }
};

describe('who may run inspection commands', () => {
  it('lets any inspector or the district office open an inspection, and nobody else', () => {
    expect(allowed('OpenInspection', otherInspector, none)).toBe(true);
    expect(allowed('OpenInspection', office, none)).toBe(true);
    for (const actor of [officer, leader, admin, SYSTEM_ACTOR])
      expect(allowed('OpenInspection', actor, none)).toBe(false);
  });

  it.each(['RecordCaseFileReview', 'CloseInspection'] as const)('lets only team inspectors %s', (type) => {
    expect(allowed(type, teamInspector)).toBe(true);
    for (const actor of [otherInspector, office, officer, leader, admin])
      expect(allowed(type, actor)).toBe(false);
  });

  it('lets team inspectors and the district office issue a notice, and nobody else', () => {
    expect(allowed('IssueInspectionNotice', teamInspector)).toBe(true);
    expect(allowed('IssueInspectionNotice', office)).toBe(true);
    for (const actor of [otherInspector, officer, leader, admin])
      expect(allowed('IssueInspectionNotice', actor)).toBe(false);
  });

  it('checks the role alone when the inspection does not exist, leaving not-found to the decider', () => {
    expect(allowed('CloseInspection', otherInspector, none)).toBe(true);
    expect(allowed('CloseInspection', leader, none)).toBe(false);
  });

  it('makes the decider refuse a command from someone not allowed', () => {
    expect(() =>
      decideInspection(commands.CloseInspection, existing, { actor: leader, now: '2024-07-01T00:00:00Z' }),
    ).toThrow(/may not CloseInspection/);
  });
});
