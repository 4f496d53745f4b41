import { percentOf, deriveRates } from '../indicators/derive-rates.js';
import { INDICATOR_LIMITS } from '../indicators/indicator-bounds.js';
import { indicatorScaleOf } from '../indicators/indicator-kind.js';
import type { IndicatorViolation } from '../indicators/indicator.types.js';
import { chineseOrdinal } from '../inspections/render-notice-markdown.js';
import { OPEN_TASK_STATUSES } from '../tasks/task.deadline.js';
import {
  EMPTY_RULE_CATALOGUE,
  figureViolations,
  normaliseIndicatorName,
  ratesOf,
} from './indicator-rule-catalogue.js';
import type { IndicatorRuleCatalogue } from './indicator-rule-catalogue.js';
import { toChinesePunctuation } from './chinese-punctuation.js';
import { uniqueSources } from './logged-event.js';
import type { ReportFacts, ReportInspectionFact, ReportTaskFact } from './report-facts.js';
import { REPORT_LABELS_ZH_CN as L } from './report-labels.zh-CN.js';
import type { ReportDraft, ReportFigure, ReportSection, ReportSourceEvent } from './report.values.js';

const amountFormats = new Map<number, Intl.NumberFormat>();

/**
 * A figure as the report prints it: at most `scale` decimals (the indicator's, see `indicatorScaleOf`),
 * rounded half up, without trailing zeros, and never in exponent notation — 505 → "505",
 * 1142.31 → "1142.31". Without a scale, as many decimals as an amount may have, so a figure kept at
 * its indicator's scale prints exactly.
 */
export const formatAmount = (value: number, scale: number = INDICATOR_LIMITS.maxAmountScale): string => {
  let format = amountFormats.get(scale);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: scale });
    amountFormats.set(scale, format);
  }
  // -0 would print as "-0".
  return format.format(value === 0 ? 0 : value);
};

/** Rates are percentages rounded to one decimal (`percentOf`). */
const RATE_SCALE = 1;

const sentence = (text: string): string => {
  const trimmed = text.trim();
  return trimmed === '' || /[。！？!?]$/.test(trimmed) ? trimmed : `${trimmed}。`;
};

/** 2024-11-30 → 2024年11月30日: dates in the prose are written out, as an official document writes them. */
export const chineseDate = (isoDate: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : isoDate;
};

const bookTitle = (title: string): string => `《${title.replace(/^《|》$/g, '')}》`;

const countFigure = (
  figureId: string,
  sectionId: string,
  label: string,
  value: number,
  unitOfMeasure: string,
  sources: (ReportSourceEvent | null | undefined)[],
): ReportFigure => ({
  figureId,
  sectionId,
  label,
  context: null,
  kind: 'COUNT',
  value,
  unitOfMeasure,
  numerator: null,
  denominator: null,
  status: 'SOUND',
  flags: [],
  sources: uniqueSources(sources.filter((source): source is ReportSourceEvent => !!source)),
});

const rateFigure = (
  figureId: string,
  sectionId: string,
  label: string,
  numerator: number,
  denominator: number,
  sources: ReportSourceEvent[],
): ReportFigure => ({
  ...countFigure(figureId, sectionId, label, 0, '%', sources),
  kind: 'RATE',
  value: percentOf(numerator, denominator),
  numerator,
  denominator,
});

/** How a figure reads in the text: 矛盾纠纷排查605次，普法经费1142.31万元，调解成功率91.2%. */
const phrase = (figure: ReportFigure, scale?: number): string =>
  figure.kind === 'RATE'
    ? `${figure.label}${figure.value === null ? '' : formatAmount(figure.value, RATE_SCALE)}%`
    : `${figure.label}${figure.value === null ? '' : formatAmount(figure.value, scale)}${figure.unitOfMeasure}`;

/** A broken rule in the report's words, each figure with its unit of measure. */
export const describeViolation = (
  violation: IndicatorViolation,
  unitOf: (indicatorId: string) => string,
  scaleOf: (indicatorId: string) => number | undefined = () => undefined,
): string => {
  const named = (id: string, name: string, value: number) =>
    `${name}（${formatAmount(value, scaleOf(id))}${unitOf(id)}）`;
  const whole = named(violation.indicatorId, violation.indicatorName, violation.value);
  if (violation.rule === 'PART_EXCEEDS_WHOLE') {
    const part = violation.parts[0]!;
    return L.partExceedsWhole(named(part.indicatorId, part.indicatorName, part.value), whole);
  }
  const total = violation.parts.reduce((sum, part) => sum + part.value, 0);
  return L.partsDoNotSum(
    whole,
    violation.parts.map((part) => named(part.indicatorId, part.indicatorName, part.value)),
    `${formatAmount(total, scaleOf(violation.indicatorId))}${unitOf(violation.indicatorId)}`,
  );
};

const SENTENCES = /[^。；;！!？?\n]+[。；;！!？?\n]*/g;

/**
 * The unit's own words without the sentences that restate a flagged figure: a narrative typed by hand
 * ("录入双随机监管事项93件,其中联合部门检查事项94件,占比100%") would otherwise print what the flag withholds.
 */
const withoutFlaggedSentences = (text: string, flagged: ReportFigure[]): string => {
  const names = flagged.map((figure) => normaliseIndicatorName(figure.label)).filter((name) => name !== '');
  if (names.length === 0) return text;
  return (text.match(SENTENCES) ?? [])
    .filter((part) => !names.some((name) => part.replace(/\s+/g, '').includes(name)))
    .join('');
};

/** One task's figures, flagged where a rule breaks, and the paragraph that states them. */
const taskParagraph = (
  fact: ReportTaskFact,
  ordinal: number,
  sectionId: string,
  catalogue: IndicatorRuleCatalogue,
): { text: string; figures: ReportFigure[] } => {
  const { task } = fact;
  const idOf = (indicatorId: string) => `task/${task.taskId}/${indicatorId}`;
  const byIndicator = new Map<string, ReportFigure>();
  for (const def of task.indicators.indicators) {
    const value = task.figures[def.id];
    if (value === undefined) continue;
    byIndicator.set(
      def.id,
      countFigure(
        idOf(def.id),
        sectionId,
        def.name,
        value,
        def.unitOfMeasure,
        Object.values(fact.figureSources[def.id] ?? {}),
      ),
    );
  }
  const definitionOf = (id: string) => task.indicators.indicators.find((def) => def.id === id);
  const unitOf = (id: string) => definitionOf(id)?.unitOfMeasure ?? '';
  const scaleOf = (id: string) => {
    const def = definitionOf(id);
    return def ? indicatorScaleOf(def) : undefined;
  };
  const messages: string[] = [];
  for (const violation of figureViolations(task.indicators, task.figures, catalogue)) {
    const message = describeViolation(violation, unitOf, scaleOf);
    messages.push(message);
    const involved = [violation.indicatorId, ...violation.parts.map((part) => part.indicatorId)];
    for (const indicatorId of involved) {
      const figure = byIndicator.get(indicatorId);
      if (!figure) continue;
      figure.status = 'FLAGGED';
      figure.flags.push({
        rule: violation.rule,
        message,
        relatedFigureIds: involved.filter((other) => other !== indicatorId).map(idOf),
      });
    }
  }
  const rates: ReportFigure[] = [];
  const definitions = { indicators: task.indicators.indicators, rates: ratesOf(task.indicators, catalogue) };
  for (const rate of deriveRates(definitions, task.figures)) {
    if (rate.percent === null || rate.numerator === null || rate.denominator === null) continue;
    const definition = definitions.rates.find((candidate) => candidate.id === rate.id)!;
    const parts = [byIndicator.get(definition.numerator), byIndicator.get(definition.denominator)];
    const figure = rateFigure(
      `task/${task.taskId}/rate/${rate.id}`,
      sectionId,
      rate.name,
      rate.numerator,
      rate.denominator,
      parts.flatMap((part) => part?.sources ?? []),
    );
    if (parts.some((part) => part?.status === 'FLAGGED')) {
      const message = L.derivedFromFlagged(rate.name);
      messages.push(message);
      figure.status = 'FLAGGED';
      figure.flags.push({
        rule: 'DERIVED_FROM_FLAGGED',
        message,
        relatedFigureIds: [idOf(definition.numerator), idOf(definition.denominator)],
      });
    }
    rates.push(figure);
  }
  const figures = [...byIndicator.values(), ...rates].map((figure) => ({ ...figure, context: task.title }));
  const indicatorOf = new Map(
    [...byIndicator].map(([indicatorId, figure]) => [figure.figureId, indicatorId]),
  );
  const sound = figures
    .filter((figure) => figure.status === 'SOUND')
    .map((figure) => {
      const indicatorId = indicatorOf.get(figure.figureId);
      return phrase(figure, indicatorId === undefined ? undefined : scaleOf(indicatorId));
    });
  const summary = fact.summary
    ? withoutFlaggedSentences(
        fact.summary,
        figures.filter((figure) => figure.status === 'FLAGGED'),
      )
    : '';
  const open = task.status !== 'COMPLETED';
  const text = [
    `${L.ordinal(chineseOrdinal(ordinal))}${open ? `${task.title.replace(/[。.]$/, '')}${L.stillOpen}` : sentence(task.title)}`,
    summary ? sentence(summary) : '',
    sound.length > 0 ? `${L.keyFigures}${sound.join('，')}。` : '',
    messages.length > 0 ? L.flagged([...new Set(messages)]) : '',
  ].join('');
  return { text, figures };
};

const inspectionParagraph = (
  fact: ReportInspectionFact,
  ordinal: number,
  facts: ReportFacts,
  sectionId: string,
): { text: string; figures: ReportFigure[] } => {
  const { inspection } = fact;
  const base = `inspection/${inspection.inspectionId}`;
  const kind = L.inspectionKind[inspection.kind];
  const findings = facts.findings.filter((item) => item.finding.inspectionId === inspection.inspectionId);
  const closed = findings.filter((item) => item.finding.status === 'CLOSED');
  const units = countFigure(
    `${base}/units`,
    sectionId,
    L.figure.unitsInspected,
    inspection.targetUnitIds.length,
    L.unit.unit,
    [fact.opened],
  );
  const reviewed = Object.entries(inspection.caseFileReviews);
  const files =
    reviewed.length > 0
      ? countFigure(
          `${base}/files`,
          sectionId,
          L.figure.filesSampled,
          reviewed.reduce((sum, [, review]) => sum + review.filesSampled, 0),
          L.unit.file,
          reviewed.map(([unitId]) => fact.reviewSources[unitId]),
        )
      : inspection.filesSampled !== null
        ? countFigure(
            `${base}/files`,
            sectionId,
            L.figure.filesSampled,
            inspection.filesSampled,
            L.unit.file,
            [fact.opened],
          )
        : null;
  const found = countFigure(
    `${base}/findings`,
    sectionId,
    L.figure.findings,
    findings.length,
    L.unit.finding,
    findings.map((item) => item.logged),
  );
  const done = countFigure(
    `${base}/closed`,
    sectionId,
    L.figure.findingsClosed,
    closed.length,
    L.unit.finding,
    closed.map((item) => item.verified),
  );
  const names =
    fact.unitNames.length > 3 ? `${fact.unitNames.slice(0, 3).join('、')}等` : fact.unitNames.join('、');
  const text =
    `${L.ordinal(chineseOrdinal(ordinal))}${sentence(inspection.title)}` +
    `对${names}${units.value}${L.unit.unit}单位开展${kind}` +
    (files ? `，抽查案卷${files.value}${L.unit.file}` : '') +
    `，发现问题${found.value}${L.unit.finding}，已整改销号${done.value}${L.unit.finding}。`;
  const figures = [units, ...(files ? [files] : []), found, done].map((figure) => ({
    ...figure,
    context: inspection.title,
  }));
  return { text, figures };
};

/**
 * Drafts the annual report from gathered facts, in the structure the district writes by hand:
 * 一、measures and results, one part per area of the task list (completed tasks with their figures)
 * and one for inspections; 二、problems (open and overdue tasks and findings, figures that break a
 * rule); 三、next year's plan from next year's list. Every figure names the events it comes from;
 * a figure that breaks a rule is flagged and stated only as a flag, never as a sound figure.
 */
export const buildAnnualReportDraft = (
  facts: ReportFacts,
  catalogue: IndicatorRuleCatalogue = EMPTY_RULE_CATALOGUE,
): ReportDraft => {
  const sections: ReportSection[] = [];
  const figures: ReportFigure[] = [];
  const add = (section: Omit<ReportSection, 'figureIds'>, own: ReportFigure[]) => {
    // Units type their summaries and titles with whatever punctuation their keyboard gives.
    sections.push({
      ...section,
      heading: toChinesePunctuation(section.heading),
      text: toChinesePunctuation(section.text),
      figureIds: own.map((figure) => figure.figureId),
    });
    figures.push(...own);
  };

  const live = facts.tasks.filter((fact) => fact.task.status !== 'CANCELLED');
  const completed = live.filter((fact) => fact.task.status === 'COMPLETED');
  const part1 = 'part-1';
  const total = countFigure(
    'summary/tasks-total',
    part1,
    L.figure.tasksTotal,
    live.length,
    L.unit.task,
    live.map((fact) => fact.assigned),
  );
  const done = countFigure(
    'summary/tasks-completed',
    part1,
    L.figure.tasksCompleted,
    completed.length,
    L.unit.task,
    completed.map((fact) => fact.accepted),
  );
  const summary = [total, done];
  if (live.length > 0) {
    summary.push(
      rateFigure('summary/completion-rate', part1, L.figure.completionRate, completed.length, live.length, [
        ...total.sources,
        ...done.sources,
      ]),
    );
  }
  const listNames = facts.lists
    .map((list) => `${bookTitle(list.title)}${list.documentNumber ? `（${list.documentNumber}）` : ''}`)
    .join('、');
  add(
    {
      sectionId: part1,
      parentId: null,
      level: 1,
      heading: L.part1(facts.year),
      text: `全区印发${listNames}，共部署任务${total.value}${L.unit.task}，已完成${done.value}${L.unit.task}${
        summary[2] ? `，${phrase(summary[2])}` : ''
      }。`,
    },
    summary,
  );

  const areas = [...new Set(facts.lists.flatMap((list) => list.areas))];
  areas.forEach((area, index) => {
    const sectionId = `part-1/area/${area}`;
    const inArea = live.filter((fact) => fact.task.area === area);
    // Completed tasks, and open ones whose reported figures are part of the year's record.
    const stated = inArea.filter(
      (fact) => fact.task.status === 'COMPLETED' || Object.keys(fact.task.figures).length > 0,
    );
    const paragraphs = stated.map((fact, at) => taskParagraph(fact, at + 1, sectionId, catalogue));
    add(
      {
        sectionId,
        parentId: part1,
        level: 2,
        heading: `（${chineseOrdinal(index + 1)}）${area}`,
        text:
          inArea.length === 0
            ? L.noTasks
            : paragraphs.length === 0
              ? L.noCompletedTasks(inArea.length)
              : paragraphs.map((paragraph) => paragraph.text).join(''),
      },
      paragraphs.flatMap((paragraph) => paragraph.figures),
    );
  });

  const inspectionsId = 'part-1/inspections';
  const inspectionParts = facts.inspections.map((fact, at) =>
    inspectionParagraph(fact, at + 1, facts, inspectionsId),
  );
  const allFindings = facts.findings;
  const closedFindings = allFindings.filter((item) => item.finding.status === 'CLOSED');
  const rectification =
    allFindings.length > 0
      ? [
          rateFigure(
            'summary/rectification-rate',
            inspectionsId,
            L.figure.rectificationRate,
            closedFindings.length,
            allFindings.length,
            [
              ...allFindings.map((item) => item.logged),
              ...closedFindings.flatMap((item) => (item.verified ? [item.verified] : [])),
            ],
          ),
        ]
      : [];
  add(
    {
      sectionId: inspectionsId,
      parentId: part1,
      level: 2,
      heading: `（${chineseOrdinal(areas.length + 1)}）${L.inspections}`,
      text:
        inspectionParts.length === 0
          ? L.noInspections
          : inspectionParts.map((part) => part.text).join('') +
            (rectification[0]
              ? `全年督察发现问题${allFindings.length}${L.unit.finding}，已整改销号${closedFindings.length}${L.unit.finding}，${phrase(rectification[0])}。`
              : ''),
    },
    [...inspectionParts.flatMap((part) => part.figures), ...rectification],
  );

  const part2 = 'part-2';
  const open = live.filter((fact) => (OPEN_TASK_STATUSES as readonly string[]).includes(fact.task.status));
  const overdue = open.filter((fact) => fact.overdue);
  const openFindings = allFindings.filter((item) => item.finding.status !== 'CLOSED');
  const overdueFindings = openFindings.filter((item) => item.overdue);
  const problemFigures = [
    countFigure(
      'problems/open-tasks',
      part2,
      L.figure.openTasks,
      open.length,
      L.unit.task,
      open.map((fact) => fact.latest),
    ),
    countFigure(
      'problems/overdue-tasks',
      part2,
      L.figure.overdueTasks,
      overdue.length,
      L.unit.task,
      overdue.map((fact) => fact.latest),
    ),
    countFigure(
      'problems/open-findings',
      part2,
      L.figure.openFindings,
      openFindings.length,
      L.unit.finding,
      openFindings.map((item) => item.latest),
    ),
    countFigure(
      'problems/overdue-findings',
      part2,
      L.figure.overdueFindings,
      overdueFindings.length,
      L.unit.finding,
      overdueFindings.map((item) => item.latest),
    ),
  ];
  const problems: string[] = [];
  if (open.length > 0) {
    const items = open.map(
      (fact) =>
        `${fact.task.title}（牵头单位：${fact.leadUnitName}，截止${chineseDate(fact.task.deadline)}${fact.overdue ? '，已逾期' : ''}）`,
    );
    problems.push(
      `${open.length}${L.unit.task}任务尚未完成${overdue.length > 0 ? `，其中${overdue.length}${L.unit.task}已逾期` : ''}：${items.join('、')}。`,
    );
  }
  if (openFindings.length > 0) {
    const items = openFindings.map(
      (item) =>
        `${item.unitName}：${item.finding.description.replace(/[。.]$/, '')}（整改期限${chineseDate(item.finding.rectificationDeadline)}${item.overdue ? '，已逾期' : ''}）`,
    );
    problems.push(
      `督察发现的问题中${openFindings.length}${L.unit.finding}尚未整改销号${
        overdueFindings.length > 0 ? `，其中${overdueFindings.length}${L.unit.finding}已逾期` : ''
      }：${items.join('；')}。`,
    );
  }
  const flaggedCounts = figures.filter((figure) => figure.kind === 'COUNT' && figure.status === 'FLAGGED');
  if (flaggedCounts.length > 0) {
    const messages = [
      ...new Set(flaggedCounts.flatMap((figure) => figure.flags.map((flag) => flag.message))),
    ];
    problems.push(
      `${flaggedCounts.length}项指标数据不符合统计规则，已标注待核实，核实前不予采信：${messages.join('；')}。`,
    );
  }
  add(
    {
      sectionId: part2,
      parentId: null,
      level: 1,
      heading: L.part2,
      text:
        problems.length === 0
          ? L.noProblems
          : problems.map((problem, index) => `${L.ordinal(chineseOrdinal(index + 1))}${problem}`).join(''),
    },
    problemFigures,
  );

  const part3 = 'part-3';
  const nextYear = facts.year + 1;
  add(
    {
      sectionId: part3,
      parentId: null,
      level: 1,
      heading: L.part3(nextYear),
      text:
        facts.nextLists.length === 0
          ? L.noNextList(nextYear)
          : `根据${facts.nextLists.map((list) => bookTitle(list.title)).join('、')}，${nextYear}年重点抓好以下工作。`,
    },
    [],
  );
  facts.nextTasks.forEach((task, index) => {
    add(
      {
        sectionId: `part-3/task/${task.taskId}`,
        parentId: part3,
        level: 2,
        heading: `（${chineseOrdinal(index + 1)}）${task.title.replace(/[。.]$/, '')}`,
        text: sentence(task.description),
      },
      [],
    );
  });

  return {
    year: facts.year,
    scope: facts.scope,
    title: L.title(facts.year),
    taskListIds: facts.lists.map((list) => list.listId),
    nextYearTaskListIds: facts.nextLists.map((list) => list.listId),
    asOf: facts.asOf,
    sections,
    figures,
    ruleCatalogue: catalogue,
  };
};
