import { describe, expect, it } from 'vitest';
import { contextOf, testActors } from '../shared/testing/actors.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import { annualReportDecider } from './report.decide.js';
import type { AnnualReportEvent } from './report.events.js';
import type { ReportDraft } from './report.values.js';

const NOW = '2025-02-10T02:00:00.000Z';
const LATER = '2025-02-11T02:00:00.000Z';

const draft = (text = '全区共部署任务9项。'): ReportDraft => ({
  year: 2024,
  scope: 'district',
  title: '2024年法治政府建设情况报告',
  taskListIds: ['list-2024'],
  nextYearTaskListIds: [],
  asOf: NOW,
  sections: [
    {
      sectionId: 'part-1',
      parentId: null,
      level: 1,
      heading: '一、成效',
      text,
      figureIds: ['summary/tasks-total'],
    },
    {
      sectionId: 'part-2',
      parentId: null,
      level: 1,
      heading: '二、存在的主要问题',
      text: '一是培训不足。',
      figureIds: [],
    },
  ],
  figures: [
    {
      figureId: 'summary/tasks-total',
      sectionId: 'part-1',
      label: '部署任务',
      context: null,
      kind: 'COUNT',
      value: 9,
      unitOfMeasure: '项',
      numerator: null,
      denominator: null,
      status: 'SOUND',
      flags: [],
      sources: [],
    },
  ],
  ruleCatalogue: { rules: [] },
});

const generated = (text?: string, at = NOW): AnnualReportEvent => ({
  type: 'AnnualReportDraftGenerated',
  data: { ...draft(text), reportId: 'report-2024-district', generatedAt: at },
});

const spec = deciderSpec(annualReportDecider);
const office = contextOf(testActors.office, LATER);

describe('generating a report draft', () => {
  it('records the draft with its figures when the office generates it', () => {
    spec
      .given([])
      .when({ type: 'GenerateReportDraft', data: { draft: draft() } }, office)
      .then([generated(undefined, LATER)]);
  });

  it.each([
    ['a leader', testActors.leader],
    ['a unit officer', testActors.officerOf('justice')],
    ['an inspector', testActors.inspector],
    ['an administrator', testActors.admin],
  ])('refuses %s', (_label, actor) => {
    spec
      .given([])
      .when({ type: 'GenerateReportDraft', data: { draft: draft() } }, contextOf(actor, NOW))
      .thenThrows('FORBIDDEN', 'FORBIDDEN');
  });

  it('adds no version when the log has not changed since the last draft', () => {
    spec
      .given([generated()])
      .when({ type: 'GenerateReportDraft', data: { draft: draft() } }, office)
      .then([]);
  });

  it('adds no version when the recorded draft comes back from the store with its keys reordered', () => {
    const reordered = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reordered);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, member]) => [key, reordered(member)]),
      );
    };
    const stored = reordered(generated()) as AnnualReportEvent;
    expect(Object.keys(stored.data)[0]).not.toBe(Object.keys(generated().data)[0]);
    const withAbsentMember = { ...draft(), extra: undefined } as ReportDraft;
    spec
      .given([stored])
      .when({ type: 'GenerateReportDraft', data: { draft: withAbsentMember } }, office)
      .then([]);
  });

  it('records a new version when a figure of the log changed since the last draft', () => {
    const changed = draft();
    changed.figures = [{ ...changed.figures[0]!, value: 10 }];
    expect(
      spec
        .given([generated()])
        .when({ type: 'GenerateReportDraft', data: { draft: changed } }, office)
        .events(),
    ).toHaveLength(1);
  });

  it('records a new version over an edited report, restoring the generated text', () => {
    const edited: AnnualReportEvent = {
      type: 'AnnualReportSectionEdited',
      data: {
        reportId: 'report-2024-district',
        year: 2024,
        scope: 'district',
        sectionId: 'part-1',
        heading: '一、成效',
        text: '改写。',
        previousText: '全区共部署任务9项。',
        editedAt: NOW,
      },
    };
    expect(
      spec
        .given([generated(), edited])
        .when({ type: 'GenerateReportDraft', data: { draft: draft() } }, office)
        .events(),
    ).toHaveLength(1);
  });

  it('refuses a draft of another report on the same stream', () => {
    spec
      .given([generated()])
      .when({ type: 'GenerateReportDraft', data: { draft: { ...draft(), year: 2023 } } }, office)
      .thenThrows('REPORT_SCOPE_MISMATCH', 'INVALID_STATE');
  });

  it('refuses a draft whose figures name an unknown section', () => {
    const broken = { ...draft(), figures: [{ ...draft().figures[0]!, sectionId: 'nowhere' }] };
    spec
      .given([])
      .when({ type: 'GenerateReportDraft', data: { draft: broken } }, office)
      .thenThrows('VALIDATION', 'VALIDATION');
  });
});

describe('editing a section', () => {
  it('records the new text and keeps the old one', () => {
    spec
      .given([generated()])
      .when(
        {
          type: 'EditReportSection',
          data: { sectionId: 'part-2', text: ' 一是培训不足。二是宣传形式单一。 ' },
        },
        office,
      )
      .then([
        {
          type: 'AnnualReportSectionEdited',
          data: {
            reportId: 'report-2024-district',
            year: 2024,
            scope: 'district',
            sectionId: 'part-2',
            heading: '二、存在的主要问题',
            text: '一是培训不足。二是宣传形式单一。',
            previousText: '一是培训不足。',
            editedAt: LATER,
          },
        },
      ]);
  });

  it('decides nothing when the text is unchanged', () => {
    spec
      .given([generated()])
      .when({ type: 'EditReportSection', data: { sectionId: 'part-2', text: '一是培训不足。' } }, office)
      .then([]);
  });

  it('refuses a leader, who reads the report but does not write it', () => {
    spec
      .given([generated()])
      .when(
        { type: 'EditReportSection', data: { sectionId: 'part-2', text: 'x' } },
        contextOf(testActors.leader, NOW),
      )
      .thenThrows('FORBIDDEN');
  });

  it('refuses an edit before any draft, of an unknown section, or of empty text', () => {
    spec
      .given([])
      .when({ type: 'EditReportSection', data: { sectionId: 'part-2', text: 'x' } }, office)
      .thenThrows('REPORT_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([generated()])
      .when({ type: 'EditReportSection', data: { sectionId: 'part-9', text: 'x' } }, office)
      .thenThrows('REPORT_SECTION_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([generated()])
      .when({ type: 'EditReportSection', data: { sectionId: 'part-2', text: '  ' } }, office)
      .thenThrows('VALIDATION');
  });

  it('refuses an edit made over a version that has since been replaced', () => {
    spec
      .given([generated()])
      .when(
        { type: 'EditReportSection', data: { sectionId: 'part-2', text: '新文本。', basedOnVersion: 2 } },
        office,
      )
      .thenThrows('REPORT_VERSION_CHANGED', 'CONFLICT');
    expect(
      spec
        .given([generated()])
        .when(
          { type: 'EditReportSection', data: { sectionId: 'part-2', text: '新文本。', basedOnVersion: 1 } },
          office,
        )
        .events(),
    ).toHaveLength(1);
  });
});
