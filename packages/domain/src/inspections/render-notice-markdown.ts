import { calendarDateOf } from '../findings/calendar-date.js';
import type { InspectionNotice } from './inspection.values.js';
import { NOTICE_LABELS_ZH_CN as L } from './notice-labels.zh-CN.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 17 → 十七, 40 → 四十, 123 → 一二三 (section numbers never reach a hundred in practice). */
export const chineseOrdinal = (n: number): string => {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
  }
  return String(n)
    .split('')
    .map((digit) => DIGITS[Number(digit)])
    .join('');
};

/** 2024-07-05 → 2024年7月5日. */
const chineseDate = (date: string): string => {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
};

/** Table cells hold free text: a pipe or a line break would break the row. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();

/**
 * A notice as Markdown for export (and conversion to Word): title, header lines, a summary sentence,
 * then one numbered section per unit with a table of its findings. Pure: the same notice always
 * renders the same text.
 */
export const renderNoticeMarkdown = (notice: InspectionNotice): string => {
  const { content } = notice;
  const all = content.units.flatMap((unit) => unit.findings);
  const closed = all.filter((finding) => finding.status === 'CLOSED').length;
  const escalated = all.filter((finding) => finding.escalated).length;
  const lines = [
    `# ${notice.title}`,
    '',
    `${L.kindLine}:${L.kind[content.inspectionKind]}  `,
    `${L.periodLine}:${chineseDate(content.periodStart)}${L.periodJoin}${chineseDate(content.periodEnd)}  `,
    `${L.dateLine}:${chineseDate(calendarDateOf(notice.issuedAt))}`,
    '',
  ];
  if (all.length === 0) {
    lines.push(L.noFindings);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `本次${L.kind[content.inspectionKind]}共发现问题${all.length}个,涉及${content.units.length}家单位;` +
      `其中已销号${closed}个,${L.escalated}${escalated}个。`,
  );
  content.units.forEach((unit, index) => {
    lines.push(
      '',
      `## ${chineseOrdinal(index + 1)}、${cell(unit.unitName)}(${unit.findings.length}个问题)`,
      '',
    );
    lines.push(`| ${L.tableHeader.join(' | ')} |`, `|${L.tableHeader.map(() => '---').join('|')}|`);
    unit.findings.forEach((finding, position) => {
      const status = L.status[finding.status] + (finding.escalated ? `(${L.escalated})` : '');
      lines.push(
        `| ${[
          String(position + 1),
          cell(finding.description),
          cell(finding.category),
          L.severity[finding.severity],
          chineseDate(finding.rectificationDeadline),
          status,
        ].join(' | ')} |`,
      );
    });
  });
  return `${lines.join('\n')}\n`;
};
