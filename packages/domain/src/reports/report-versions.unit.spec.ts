import { describe, expect, it } from 'vitest';
import { diffText } from './diff-text.js';
import type { AnnualReportEvent } from './report.events.js';
import { diffReports, reportAtVersion, reportVersions } from './report-versions.js';
import type { ReportDraft, ReportFigure } from './report.values.js';

const figure = (value: number): ReportFigure => ({
  figureId: 'task/t/n',
  sectionId: 'part-1',
  label: '排查',
  context: null,
  kind: 'COUNT',
  value,
  unitOfMeasure: '次',
  numerator: null,
  denominator: null,
  status: 'SOUND',
  flags: [],
  sources: [],
});
const draft = (value: number, sections = ['part-1', 'part-2']): ReportDraft => ({
  year: 2024,
  scope: 'district',
  title: 't',
  taskListIds: [],
  nextYearTaskListIds: [],
  asOf: '2025-01-01T00:00:00.000Z',
  sections: sections.map((sectionId) => ({
    sectionId,
    parentId: null,
    level: 1,
    heading: sectionId,
    text: `开展排查${value}次。效果良好。`,
    figureIds: [],
  })),
  figures: [figure(value)],
  ruleCatalogue: { rules: [] },
});
const history: AnnualReportEvent[] = [
  {
    type: 'AnnualReportDraftGenerated',
    data: { ...draft(600), reportId: 'r', generatedAt: '2025-01-01T00:00:00.000Z' },
  },
  {
    type: 'AnnualReportSectionEdited',
    data: {
      reportId: 'r',
      year: 2024,
      scope: 'district',
      sectionId: 'part-1',
      heading: 'part-1',
      text: '开展排查600次。群众满意。',
      previousText: '开展排查600次。效果良好。',
      editedAt: '2025-01-02T00:00:00.000Z',
    },
  },
  {
    type: 'AnnualReportDraftGenerated',
    data: { ...draft(605, ['part-1', 'part-3']), reportId: 'r', generatedAt: '2025-01-03T00:00:00.000Z' },
  },
];

describe('report versions', () => {
  it('lists one version per event, naming the edited section', () => {
    expect(reportVersions(history)).toEqual([
      {
        version: 1,
        type: 'AnnualReportDraftGenerated',
        sectionId: null,
        heading: null,
        at: '2025-01-01T00:00:00.000Z',
      },
      {
        version: 2,
        type: 'AnnualReportSectionEdited',
        sectionId: 'part-1',
        heading: 'part-1',
        at: '2025-01-02T00:00:00.000Z',
      },
      {
        version: 3,
        type: 'AnnualReportDraftGenerated',
        sectionId: null,
        heading: null,
        at: '2025-01-03T00:00:00.000Z',
      },
    ]);
  });

  it('rebuilds the report as it stood after any event', () => {
    expect(reportAtVersion(history, 1).sections[0]?.text).toBe('开展排查600次。效果良好。');
    expect(reportAtVersion(history, 2)).toMatchObject({ version: 2, editedSectionIds: ['part-1'] });
    expect(reportAtVersion(history, 2).sections[0]?.text).toBe('开展排查600次。群众满意。');
    expect(reportAtVersion(history, 3).editedSectionIds).toEqual([]);
  });

  it('refuses a version that does not exist', () => {
    for (const version of [0, 4, 1.5]) {
      expect(() => reportAtVersion(history, version)).toThrow(
        expect.objectContaining({ code: 'REPORT_VERSION_NOT_FOUND' }),
      );
    }
  });

  it('diffs an edit sentence by sentence', () => {
    const diff = diffReports(reportAtVersion(history, 1), reportAtVersion(history, 2));
    expect(diff).toEqual({
      fromVersion: 1,
      toVersion: 2,
      sections: [
        {
          sectionId: 'part-1',
          heading: 'part-1',
          change: 'CHANGED',
          before: '开展排查600次。效果良好。',
          after: '开展排查600次。群众满意。',
          segments: [
            { op: 'EQUAL', text: '开展排查600次。' },
            { op: 'DELETE', text: '效果良好。' },
            { op: 'INSERT', text: '群众满意。' },
          ],
        },
      ],
      figures: [],
    });
  });

  it('shows added and removed sections and changed figures across a regeneration', () => {
    const diff = diffReports(reportAtVersion(history, 2), reportAtVersion(history, 3));
    expect(diff.sections.map((s) => [s.sectionId, s.change])).toEqual([
      ['part-1', 'CHANGED'],
      ['part-3', 'ADDED'],
      ['part-2', 'REMOVED'],
    ]);
    expect(diff.figures).toEqual([
      {
        figureId: 'task/t/n',
        label: '排查',
        change: 'CHANGED',
        before: { value: 600, status: 'SOUND' },
        after: { value: 605, status: 'SOUND' },
      },
    ]);
  });
});

describe('sentence diff', () => {
  it('is empty for two empty texts and all equal for the same text', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('甲。乙。', '甲。乙。')).toEqual([{ op: 'EQUAL', text: '甲。乙。' }]);
  });

  it('keeps the text: the equal and deleted parts rebuild the old text, the equal and inserted the new', () => {
    const before = '一是甲。二是乙;三是丙。\n四是丁';
    const after = '一是甲。二是戊;三是丙。\n五是己';
    const segments = diffText(before, after);
    expect(
      segments
        .filter((s) => s.op !== 'INSERT')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.op !== 'DELETE')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
  });
});
