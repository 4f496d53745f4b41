import { describe, expect, it } from 'vitest';
import type { FindingEvent } from '../findings/finding.events.js';
import { evolveFinding, initialFindingState } from '../findings/finding.state.js';
import type { FindingState } from '../findings/finding.state.js';
import type { FindingSeverity } from '../findings/finding.values.js';
import { composeNotice, defaultNoticeTitle } from './compose-notice.js';
import type { InspectionEvent } from './inspection.events.js';
import { evolveInspection, initialInspectionState } from './inspection.state.js';
import type { InspectionFacts } from './inspection.state.js';
import { renderNoticeMarkdown } from './render-notice-markdown.js';

const opened: InspectionEvent = {
  type: 'InspectionOpened',
  data: {
    inspectionId: 'i-1',
    kind: 'SPECIAL',
    title: '行政执法“三项制度”落实情况',
    teamUserIds: ['insp-1'],
    targetUnitIds: ['yingji', 'weijian', 'nongye'],
    periodStart: '2024-03-01',
    periodEnd: '2024-06-30',
    filesSampled: null,
    filesSampledByUnit: [],
    openedBy: 'office-1',
    openedAt: '2024-03-01T09:00:00+08:00',
  },
};
const inspection = evolveInspection(initialInspectionState(), opened) as InspectionFacts;

const finding = (
  findingId: string,
  unitId: string,
  severity: FindingSeverity,
  loggedAt: string,
  more: FindingEvent[] = [],
  inspectionId = 'i-1',
): FindingState =>
  [
    {
      type: 'FindingLogged',
      data: {
        findingId,
        inspectionId,
        unitId,
        description: `问题${findingId}`,
        severity,
        category: '执法公示',
        evidence: [],
        rectificationDeadline: '2024-08-31',
        taskId: null,
        loggedBy: 'insp-1',
        loggedAt,
      },
    } as FindingEvent,
    ...more,
  ].reduce(evolveFinding, initialFindingState());

const ref = (findingId: string, unitId: string) => ({ findingId, inspectionId: 'i-1', unitId });
const escalated = (findingId: string, unitId: string): FindingEvent => ({
  type: 'FindingEscalated',
  data: {
    ...ref(findingId, unitId),
    reason: 'r',
    status: 'LOGGED',
    rectificationDeadline: '2024-08-31',
    escalatedBy: 'office-1',
    escalatedAt: 'x',
  },
});
const verified = (findingId: string, unitId: string): FindingEvent => ({
  type: 'RectificationVerified',
  data: {
    ...ref(findingId, unitId),
    remarks: null,
    rectificationDeadline: '2024-08-31',
    onTime: true,
    verifiedBy: 'insp-1',
    closedAt: 'x',
  },
});

const findings = [
  finding('f-3', 'nongye', 'LOW', '2024-07-01T10:00:00+08:00'),
  finding('f-2', 'yingji', 'LOW', '2024-07-01T09:00:00+08:00', [verified('f-2', 'yingji')]),
  finding('f-1', 'yingji', 'HIGH', '2024-07-02T09:00:00+08:00', [escalated('f-1', 'yingji')]),
  finding('f-9', 'yingji', 'HIGH', '2024-07-02T09:00:00+08:00', [], 'i-other'),
  initialFindingState(),
];
const names = { yingji: '区应急管理局', nongye: '区农村农业水利局' };

describe('composeNotice', () => {
  const content = composeNotice(inspection, findings, names);

  it('groups findings by unit in the inspection’s target order and leaves out units without findings', () => {
    expect(content.units.map((unit) => [unit.unitId, unit.unitName])).toEqual([
      ['yingji', '区应急管理局'],
      ['nongye', '区农村农业水利局'],
    ]);
  });

  it('lists the most severe findings first, with their current status and escalation', () => {
    expect(content.units[0]?.findings).toEqual([
      {
        findingId: 'f-1',
        description: '问题f-1',
        severity: 'HIGH',
        category: '执法公示',
        rectificationDeadline: '2024-08-31',
        status: 'LOGGED',
        escalated: true,
      },
      {
        findingId: 'f-2',
        description: '问题f-2',
        severity: 'LOW',
        category: '执法公示',
        rectificationDeadline: '2024-08-31',
        status: 'CLOSED',
        escalated: false,
      },
    ]);
  });

  it('ignores findings of other inspections', () => {
    expect(content.units.flatMap((unit) => unit.findings.map((f) => f.findingId))).not.toContain('f-9');
  });

  it('prints the unit id when no name is known', () => {
    expect(composeNotice(inspection, findings).units[1]?.unitName).toBe('nongye');
  });

  it('copies the inspection header', () => {
    expect(content).toMatchObject({
      inspectionKind: 'SPECIAL',
      periodStart: '2024-03-01',
      periodEnd: '2024-06-30',
    });
  });
});

describe('defaultNoticeTitle', () => {
  it('adds the kind of inspection to a title that does not name it', () => {
    expect(defaultNoticeTitle(inspection)).toBe('关于行政执法“三项制度”落实情况专项督察发现问题的通报');
  });

  it('does not repeat the kind when the title already ends with it', () => {
    expect(defaultNoticeTitle({ kind: 'RULE_OF_LAW', title: '2024年度法治政府建设督察' })).toBe(
      '关于2024年度法治政府建设督察发现问题的通报',
    );
  });
});

describe('renderNoticeMarkdown', () => {
  const notice = {
    noticeId: 'n-1',
    inspectionId: 'i-1',
    title: defaultNoticeTitle(inspection),
    issuedAt: '2024-07-05T10:00:00+08:00',
    content: composeNotice(inspection, findings, names),
  };
  const markdown = renderNoticeMarkdown(notice);

  it('renders the title, the period and the issue date in Chinese', () => {
    expect(markdown).toContain('# 关于行政执法“三项制度”落实情况专项督察发现问题的通报\n');
    expect(markdown).toContain('督察期间:2024年3月1日至2024年6月30日');
    expect(markdown).toContain('通报日期:2024年7月5日');
  });

  it('summarises the counts of findings, units, closed and escalated findings', () => {
    expect(markdown).toContain('本次专项督察共发现问题3个,涉及2家单位;其中已销号1个,挂牌督办1个。');
  });

  it('numbers unit sections in Chinese and lists each finding as a table row', () => {
    expect(markdown).toContain('## 一、区应急管理局(2个问题)');
    expect(markdown).toContain('## 二、区农村农业水利局(1个问题)');
    expect(markdown).toContain('| 1 | 问题f-1 | 执法公示 | 严重 | 2024年8月31日 | 已登记(挂牌督办) |');
    expect(markdown).toContain('| 2 | 问题f-2 | 执法公示 | 一般 | 2024年8月31日 | 已销号 |');
  });

  it('keeps free text from breaking the table', () => {
    const tricky = {
      ...notice,
      content: {
        ...notice.content,
        units: [
          {
            ...notice.content.units[0]!,
            findings: [{ ...notice.content.units[0]!.findings[0]!, description: 'a|b\nc' }],
          },
        ],
      },
    };
    expect(renderNoticeMarkdown(tricky)).toContain('| 1 | a\\|b c |');
  });

  it('says so when the inspection found nothing', () => {
    const empty = renderNoticeMarkdown({ ...notice, content: { ...notice.content, units: [] } });
    expect(empty).toContain('本次督察未发现问题。');
    expect(empty).not.toContain('##');
  });
});
