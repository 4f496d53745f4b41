import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import type { InspectionCommand } from './inspection.commands.js';
import { inspectionDecider } from './inspection.decide.js';
import type { InspectionEvent, InspectionOpened } from './inspection.events.js';
import { evolveInspection, initialInspectionState } from './inspection.state.js';
import type { NoticeUnitSection } from './inspection.values.js';

const inspector: Actor = { userId: 'insp-1', role: 'INSPECTOR' };
const office: Actor = { userId: 'office-1', role: 'DISTRICT_OFFICE' };
const now = '2024-07-05T10:00:00+08:00';
const as = (actor: Actor) => ({ actor, now });
const spec = deciderSpec(inspectionDecider);

const units = ['yingji', 'weijian', 'nongye', 'shichang', 'ziranziyuan', 'zhuzhu'];

const opened: InspectionOpened = {
  type: 'InspectionOpened',
  data: {
    inspectionId: 'i-1',
    kind: 'CASE_FILE_REVIEW',
    title: '行政执法“三项制度”落实情况案卷评查',
    teamUserIds: ['insp-1', 'insp-2'],
    targetUnitIds: units,
    periodStart: '2024-03-01',
    periodEnd: '2024-06-30',
    filesSampled: 22,
    filesSampledByUnit: [],
    openedBy: 'office-1',
    openedAt: '2024-03-01T09:00:00+08:00',
  },
};
const special: InspectionOpened = {
  type: 'InspectionOpened',
  data: { ...opened.data, kind: 'SPECIAL', title: '执法专项督察', filesSampled: null },
};
const closed: InspectionEvent = {
  type: 'InspectionClosed',
  data: { inspectionId: 'i-1', targetUnitIds: units, remarks: null, closedBy: 'insp-1', closedAt: now },
};

const open = (
  data: Partial<Extract<InspectionCommand, { type: 'OpenInspection' }>['data']> = {},
): InspectionCommand => ({
  type: 'OpenInspection',
  data: {
    inspectionId: 'i-1',
    kind: 'CASE_FILE_REVIEW',
    title: '行政执法“三项制度”落实情况案卷评查',
    teamUserIds: ['insp-1', 'insp-2'],
    targetUnitIds: units,
    periodStart: '2024-03-01',
    periodEnd: '2024-06-30',
    filesSampled: 22,
    ...data,
  },
});

const review = (
  data: Partial<Extract<InspectionCommand, { type: 'RecordCaseFileReview' }>['data']> = {},
): InspectionCommand => ({
  type: 'RecordCaseFileReview',
  data: {
    inspectionId: 'i-1',
    unitId: 'yingji',
    filesSampled: 4,
    filesWithIssues: 1,
    outcome: '1份案卷未载明救济途径',
    ...data,
  },
});

const section: NoticeUnitSection = {
  unitId: 'yingji',
  unitName: '区应急管理局',
  findings: [
    {
      findingId: 'f-1',
      description: '执法全过程记录不完整',
      severity: 'HIGH',
      category: '执法全过程记录',
      rectificationDeadline: '2024-08-31',
      status: 'NOTIFIED',
      escalated: false,
    },
  ],
};
const notice = (units: unknown[] = [section], noticeId = 'n-1'): InspectionCommand => ({
  type: 'IssueInspectionNotice',
  data: {
    inspectionId: 'i-1',
    noticeId,
    title: '关于执法专项督察发现问题的通报',
    content: { units: units as NoticeUnitSection[] },
  },
});

describe('opening an inspection', () => {
  it('opens a case-file review with its team, target units, period and the number of files sampled', () => {
    spec
      .given([])
      .when(open(), as(office))
      .then([{ ...opened, data: { ...opened.data, openedAt: now } }]);
  });

  it('records a planned split of the sampled files per unit when it adds up to the total', () => {
    const split = units.map((unitId, index) => ({ unitId, filesSampled: index < 4 ? 4 : 3 }));
    const [event] = spec
      .given([])
      .when(open({ filesSampledByUnit: split }), as(inspector))
      .events();
    expect(event?.type === 'InspectionOpened' && event.data.filesSampledByUnit).toEqual(split);
  });

  it('opens a special inspection without any sampled files', () => {
    const [event] = spec
      .given([])
      .when(open({ kind: 'SPECIAL', filesSampled: undefined }), as(inspector))
      .events();
    expect(event?.type === 'InspectionOpened' && event.data.filesSampled).toBeNull();
  });

  it('refuses to open an inspection twice', () => {
    spec.given([opened]).when(open(), as(office)).thenThrows('INSPECTION_ALREADY_EXISTS', 'INVALID_STATE');
  });

  it.each([
    ['an unknown kind', { kind: 'AUDIT' as never }],
    ['an empty title', { title: '  ' }],
    ['no team', { teamUserIds: [] }],
    ['no target unit', { targetUnitIds: [] }],
    ['a target unit named twice', { targetUnitIds: ['yingji', 'yingji'] }],
    ['a date that does not exist', { periodStart: '2024-02-30' }],
    ['a period that ends before it starts', { periodEnd: '2024-02-01' }],
    ['a case-file review without a number of files', { filesSampled: undefined }],
    ['a case-file review with no files', { filesSampled: 0 }],
    ['sampled files on an inspection that is not a case-file review', { kind: 'RULE_OF_LAW' as const }],
    [
      'a per-unit split that does not add up',
      { filesSampledByUnit: [{ unitId: 'yingji', filesSampled: 21 }] },
    ],
    [
      'a per-unit split naming a unit outside the inspection',
      { filesSampled: 2, filesSampledByUnit: [{ unitId: 'x', filesSampled: 2 }] },
    ],
    [
      'a per-unit split naming a unit twice',
      {
        filesSampled: 2,
        filesSampledByUnit: [
          { unitId: 'yingji', filesSampled: 1 },
          { unitId: 'yingji', filesSampled: 1 },
        ],
      },
    ],
  ])('refuses to open with %s', (_case, data) => {
    spec.given([]).when(open(data), as(office)).thenThrows('VALIDATION', 'VALIDATION');
  });
});

describe('recording a case-file review', () => {
  it('records how many of a unit’s sampled files had issues and the outcome', () => {
    spec
      .given([opened])
      .when(review(), as(inspector))
      .then([
        {
          type: 'CaseFileReviewRecorded',
          data: {
            inspectionId: 'i-1',
            unitId: 'yingji',
            filesSampled: 4,
            filesWithIssues: 1,
            outcome: '1份案卷未载明救济途径',
            previous: null,
            recordedBy: 'insp-1',
            recordedAt: now,
          },
        },
      ]);
  });

  it('replaces an earlier record for the same unit and keeps the old values in the event', () => {
    const [first] = spec.given([opened]).when(review(), as(inspector)).events();
    const [event] = spec
      .given([opened, first as InspectionEvent])
      .when(review({ filesWithIssues: 2, outcome: '2份案卷未载明救济途径' }), as(inspector))
      .events();
    expect(event?.type === 'CaseFileReviewRecorded' && event.data.previous).toEqual({
      filesSampled: 4,
      filesWithIssues: 1,
      outcome: '1份案卷未载明救济途径',
    });
  });

  it('decides nothing when the same record is sent again', () => {
    const [first] = spec.given([opened]).when(review(), as(inspector)).events();
    spec
      .given([opened, first as InspectionEvent])
      .when(review(), as(inspector))
      .then([]);
  });

  it('refuses reviews that together cover more files than were sampled', () => {
    const [first] = spec
      .given([opened])
      .when(review({ filesSampled: 20 }), as(inspector))
      .events();
    spec
      .given([opened, first as InspectionEvent])
      .when(review({ unitId: 'weijian', filesSampled: 3, filesWithIssues: 0 }), as(inspector))
      .thenThrows('CASE_FILES_EXCEED_SAMPLE', 'VALIDATION');
  });

  it('counts a corrected unit once when checking the total', () => {
    const [first] = spec
      .given([opened])
      .when(review({ filesSampled: 20 }), as(inspector))
      .events();
    const events = spec
      .given([opened, first as InspectionEvent])
      .when(review({ filesSampled: 22 }), as(inspector))
      .events();
    expect(events).toHaveLength(1);
  });

  it('refuses a review of an inspection that does not exist', () => {
    spec.given([]).when(review(), as(inspector)).thenThrows('INSPECTION_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses a review once the inspection is closed', () => {
    spec
      .given([opened, closed])
      .when(review(), as(inspector))
      .thenThrows('INSPECTION_CLOSED', 'INVALID_STATE');
  });

  it('refuses a case-file review on an inspection of another kind', () => {
    spec.given([special]).when(review(), as(inspector)).thenThrows('INSPECTION_NOT_CASE_FILE_REVIEW');
  });

  it('refuses a review of a unit the inspection does not target', () => {
    spec
      .given([opened])
      .when(review({ unitId: 'jiaoyu' }), as(inspector))
      .thenThrows('UNIT_NOT_TARGETED', 'VALIDATION');
  });

  it.each([
    ['more files with issues than files sampled', { filesWithIssues: 5 }],
    ['no files sampled', { filesSampled: 0, filesWithIssues: 0 }],
    ['a fractional count', { filesSampled: 2.5 }],
    ['an empty outcome', { outcome: '' }],
  ])('refuses a review with %s', (_case, data) => {
    spec.given([opened]).when(review(data), as(inspector)).thenThrows('VALIDATION');
  });
});

describe('issuing a notice', () => {
  it('stores the notice with the inspection’s own header and the given unit sections', () => {
    spec
      .given([special])
      .when(notice(), as(office))
      .then([
        {
          type: 'InspectionNoticeIssued',
          data: {
            inspectionId: 'i-1',
            noticeId: 'n-1',
            title: '关于执法专项督察发现问题的通报',
            content: {
              inspectionKind: 'SPECIAL',
              inspectionTitle: '执法专项督察',
              periodStart: '2024-03-01',
              periodEnd: '2024-06-30',
              units: [section],
            },
            issuedBy: 'office-1',
            issuedAt: now,
          },
        },
      ]);
  });

  it('issues a notice after the inspection is closed, since notices follow the fieldwork', () => {
    expect(spec.given([special, closed]).when(notice(), as(inspector)).events()).toHaveLength(1);
  });

  it('issues a notice that reports no findings', () => {
    const [event] = spec.given([special]).when(notice([]), as(inspector)).events();
    expect(event?.type === 'InspectionNoticeIssued' && event.data.content.units).toEqual([]);
  });

  it('refuses a notice for an inspection that does not exist', () => {
    spec.given([]).when(notice(), as(office)).thenThrows('INSPECTION_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses to issue the same notice twice', () => {
    const [first] = spec.given([special]).when(notice(), as(office)).events();
    spec
      .given([special, first as InspectionEvent])
      .when(notice(), as(office))
      .thenThrows('NOTICE_ALREADY_ISSUED', 'INVALID_STATE');
  });

  it('refuses a notice naming a unit the inspection does not target', () => {
    spec
      .given([special])
      .when(notice([{ ...section, unitId: 'jiaoyu' }]), as(office))
      .thenThrows('UNIT_NOT_TARGETED');
  });

  it.each([
    ['a unit listed twice', [section, section]],
    ['a finding listed twice', [section, { ...section, unitId: 'weijian' }]],
    ['an unknown severity', [{ ...section, findings: [{ ...section.findings[0], severity: 'CRITICAL' }] }]],
    ['an unknown status', [{ ...section, findings: [{ ...section.findings[0], status: 'OVERDUE' }] }]],
    [
      'a finding without a description',
      [{ ...section, findings: [{ ...section.findings[0], description: '' }] }],
    ],
    ['a unit without a name', [{ ...section, unitName: '' }]],
    ['findings that are not a list', [{ ...section, findings: 'f-1' }]],
  ])('refuses a notice with %s', (_case, sections) => {
    spec.given([special]).when(notice(sections), as(office)).thenThrows('VALIDATION');
  });

  it('refuses a notice without a title', () => {
    const command = notice();
    if (command.type === 'IssueInspectionNotice') command.data.title = ' ';
    spec.given([special]).when(command, as(office)).thenThrows('VALIDATION');
  });
});

describe('closing an inspection', () => {
  const close: InspectionCommand = {
    type: 'CloseInspection',
    data: { inspectionId: 'i-1', remarks: '  现场督察结束 ' },
  };

  it('closes the inspection with the remarks given', () => {
    spec
      .given([opened])
      .when(close, as(inspector))
      .then([
        {
          type: 'InspectionClosed',
          data: {
            inspectionId: 'i-1',
            targetUnitIds: units,
            remarks: '现场督察结束',
            closedBy: 'insp-1',
            closedAt: now,
          },
        },
      ]);
  });

  it('refuses to close an inspection that does not exist', () => {
    spec.given([]).when(close, as(inspector)).thenThrows('INSPECTION_NOT_FOUND');
  });

  it('refuses to close an inspection twice', () => {
    spec.given([opened, closed]).when(close, as(inspector)).thenThrows('INSPECTION_CLOSED', 'INVALID_STATE');
  });
});

describe('inspection state', () => {
  it('keeps the latest review per unit, the notices issued and the close time', () => {
    const events: InspectionEvent[] = [
      opened,
      {
        type: 'CaseFileReviewRecorded',
        data: {
          inspectionId: 'i-1',
          unitId: 'yingji',
          filesSampled: 4,
          filesWithIssues: 1,
          outcome: 'a',
          previous: null,
          recordedBy: 'insp-1',
          recordedAt: now,
        },
      },
      {
        type: 'CaseFileReviewRecorded',
        data: {
          inspectionId: 'i-1',
          unitId: 'yingji',
          filesSampled: 5,
          filesWithIssues: 2,
          outcome: 'b',
          previous: null,
          recordedBy: 'insp-1',
          recordedAt: now,
        },
      },
      {
        type: 'InspectionNoticeIssued',
        data: {
          inspectionId: 'i-1',
          noticeId: 'n-1',
          title: 't',
          content: {
            inspectionKind: 'CASE_FILE_REVIEW',
            inspectionTitle: 't',
            periodStart: '2024-03-01',
            periodEnd: '2024-06-30',
            units: [],
          },
          issuedBy: 'insp-1',
          issuedAt: now,
        },
      },
      closed,
    ];
    const state = events.reduce(evolveInspection, initialInspectionState());
    expect(state).toMatchObject({
      status: 'CLOSED',
      caseFileReviews: { yingji: { filesSampled: 5, filesWithIssues: 2, outcome: 'b' } },
      noticeIds: ['n-1'],
      closedAt: now,
    });
  });
});
