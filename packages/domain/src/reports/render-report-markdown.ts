import { formatAmount } from './build-annual-report.js';
import type { ReportDraft, ReportFigure } from './report.values.js';

/** Table cells hold free text: a pipe or a line break would break the row. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

/** How a figure shows in the appendix table: flagged figures carry their value only beside the flag. */
export const figureValueText = (figure: ReportFigure): string => {
  if (figure.value === null) return '—';
  const value =
    figure.kind === 'RATE'
      ? `${formatAmount(figure.value)}%`
      : `${formatAmount(figure.value)}${figure.unitOfMeasure}`;
  return figure.kind === 'RATE' && figure.numerator !== null && figure.denominator !== null
    ? `${value}（${formatAmount(figure.numerator)}/${formatAmount(figure.denominator)}）`
    : value;
};

export const figureStatusText = (figure: ReportFigure): string =>
  figure.status === 'SOUND' ? '正常' : `待核实：${figure.flags.map((flag) => flag.message).join('；')}`;

/** The appendix's headings and columns, shared by the Markdown and Word exports. */
export const FIGURE_TABLE = Object.freeze({
  heading: '附表：数据来源与核实情况',
  columns: ['序号', '指标', '数值', '状态', '依据事件'],
});

/** Sources shown in a table cell; the full list is one query away (`figureSources`). */
const SOURCES_SHOWN = 3;

export const figureSourcesText = (figure: ReportFigure): string => {
  const shown = figure.sources
    .slice(0, SOURCES_SHOWN)
    .map((source) => `${source.type}@${source.streamId}#${source.streamPosition}`)
    .join(', ');
  const more = figure.sources.length - SOURCES_SHOWN;
  return more > 0 ? `${shown} 等${figure.sources.length}个事件` : shown;
};

/**
 * The report as Markdown: title, parts (##) and sub-parts (###) with their text, then the appendix
 * table of every figure, its status and the events it was computed from. Pure and deterministic.
 */
export const renderReportMarkdown = (report: ReportDraft & { version?: number }): string => {
  const lines = [`# ${report.title}`, ''];
  for (const section of report.sections) {
    lines.push(`${'#'.repeat(Math.min(section.level + 1, 6))} ${section.heading}`, '');
    for (const paragraph of section.text.split(/\r?\n/).filter((line) => line.trim() !== '')) {
      lines.push(paragraph, '');
    }
  }
  lines.push(`## ${FIGURE_TABLE.heading}`, '');
  lines.push(
    `| ${FIGURE_TABLE.columns.join(' | ')} |`,
    `|${FIGURE_TABLE.columns.map(() => '---').join('|')}|`,
  );
  report.figures.forEach((figure, index) => {
    lines.push(
      `| ${index + 1} | ${cell(figure.label)} | ${cell(figureValueText(figure))} | ${cell(figureStatusText(figure))} | ${cell(
        figureSourcesText(figure),
      )} |`,
    );
  });
  lines.push('');
  return lines.join('\n');
};
