import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import {
  DISTRICT_UTC_OFFSET_MINUTES,
  FIGURE_TABLE,
  figureStatusText,
  figureValueText,
  toChinesePunctuation,
} from '@duban/domain';
import type { AnnualReportRecord, ReportFigure, ReportSourceEvent, Role } from '@duban/domain';
import {
  CONDENSED,
  FONTS,
  LINE_PITCH,
  ONE_CHARACTER,
  PAGE,
  SIZES,
  fontTableXml,
  widthInCharacters,
} from './official-document-layout.js';

export interface AnnualReportDocxOptions {
  /** The issuing offices, one a line, signed under the text (发文机关署名). */
  issuers: readonly string[];
  /** Append the evidence trail: every figure with the events and units it comes from. */
  evidence: boolean;
  /** A unit's name for the evidence trail. */
  unitName: (unitId: string) => string;
}

/** What each recorded event is, in the evidence trail's words; an unknown type shows as recorded. */
const EVENT_LABELS: Record<string, string> = {
  TaskAssigned: '交办任务',
  TaskAcknowledged: '签收任务',
  TaskProgressReported: '报送进度',
  TaskCompletionRequested: '申请办结',
  TaskAccepted: '审核办结',
  TaskReturned: '退回办理',
  HandoffApproved: '批准转办',
  InspectionOpened: '启动督察',
  CaseFileReviewRecorded: '记录案卷评查',
  FindingLogged: '登记问题',
  RectificationPlanSubmitted: '提交整改方案',
  RectificationProgressReported: '报送整改进度',
  FindingClosureRequested: '申请销号',
  RectificationVerified: '核验销号',
  RectificationReturned: '退回整改',
  FindingEscalated: '挂牌督办',
};
/** Who acted when the actor belongs to no unit. */
const ROLE_LABELS: Record<Role, string> = {
  DISTRICT_OFFICE: '区依法治区办',
  INSPECTOR: '督察组',
  LEADER: '区领导',
  SYSTEM_ADMIN: '系统管理员',
  UNIT_OFFICER: '',
};

/** The evidence trail as an attachment: 附件 and its title (the appendix heading without its 附表 label). */
export const EVIDENCE = Object.freeze({
  label: '附件',
  title: FIGURE_TABLE.heading.replace(/^附表[:：]/, ''),
});

const MS_PER_MINUTE = 60_000;
/** 2025-02-12T02:00:00Z → 2025年2月12日, the calendar date in the district. */
export const districtDateText = (instant: string): string => {
  const local = new Date(Date.parse(instant) + DISTRICT_UTC_OFFSET_MINUTES * MS_PER_MINUTE);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
};

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const singleLine = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const cellOf = (text: string, options: { bold?: boolean; width: number; center?: boolean }) =>
  new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: singleLine,
          children: [new TextRun({ text: line, bold: options.bold ?? false, size: SIZES.table })],
        }),
    ),
  });

const tableOf = (
  headers: string[],
  widths: number[],
  rows: string[][],
  options: { centered: number[]; rowsSplit: boolean },
) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: rule,
      bottom: rule,
      left: rule,
      right: rule,
      insideHorizontal: rule,
      insideVertical: rule,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((header, at) =>
          cellOf(header, { bold: true, width: widths[at]!, center: true }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: !options.rowsSplit,
            children: row.map((text, at) =>
              cellOf(text, { width: widths[at]!, center: options.centered.includes(at) }),
            ),
          }),
      ),
    ],
  });

const figureLabel = (figure: ReportFigure) =>
  toChinesePunctuation(figure.context ? `${figure.label}（${figure.context}）` : figure.label);

/** A section's figures as a table after its text: what they are, their value and whether they hold. */
const sectionFigureTable = (figures: ReportFigure[]) =>
  tableOf(
    ['序号', '指标', '数值', '核实情况'],
    [8, 46, 24, 22],
    figures.map((figure, index) => [
      String(index + 1),
      figureLabel(figure),
      figureValueText(figure),
      figureStatusText(figure),
    ]),
    { centered: [0, 2], rowsSplit: false },
  );

/**
 * A figure's sources, one line per kind of event, unit and day (nine tasks assigned on one day make one
 * line), each line ending with the events' references (stream#position) for looking them up.
 */
const sourcesText = (sources: ReportSourceEvent[], unitName: (unitId: string) => string): string => {
  const lines = new Map<string, string[]>();
  for (const source of sources) {
    const who = source.actor.unitId
      ? unitName(source.actor.unitId)
      : (ROLE_LABELS[source.actor.role as Role] ?? '');
    const what = EVENT_LABELS[source.type] ?? source.type;
    const key = `${what}（${[who, districtDateText(source.recordedAt)].filter(Boolean).join('，')}）`;
    lines.set(key, [...(lines.get(key) ?? []), `${source.streamId}#${source.streamPosition}`]);
  }
  return [...lines].map(([key, refs]) => `${key}：${refs.join('、')}`).join('\n');
};

/** The evidence trail: every figure with each event it was computed from, who recorded it and when. */
const evidenceTable = (figures: ReportFigure[], unitName: (unitId: string) => string) =>
  tableOf(
    FIGURE_TABLE.columns,
    [8, 20, 16, 14, 42],
    figures.map((figure, index) => [
      String(index + 1),
      figureLabel(figure),
      figureValueText(figure),
      figureStatusText(figure),
      sourcesText(figure.sources, unitName),
    ]),
    { centered: [0], rowsSplit: true },
  );

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * ONE_CHARACTER },
    children: [new TextRun(text)],
  });
const blank = () => new Paragraph({ children: [] });

const HEADING_OF = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/**
 * 发文机关署名 and 成文日期 without a seal (GB/T 9704 7.3.5.2): a blank line under the text, the issuers
 * two characters from the right, and the date on the next line, its first character two to the right
 * of the issuer's (or itself two from the right when it is the longer).
 */
const signature = (issuers: readonly string[], date: string): Paragraph[] => {
  const issuerWidth = Math.max(0, ...issuers.map(widthInCharacters));
  const dateWidth = widthInCharacters(date);
  const dateRight = Math.max(2, issuerWidth - dateWidth);
  const issuerRight = dateRight + dateWidth + 2 - issuerWidth;
  const line = (text: string, right: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(right * ONE_CHARACTER) },
      children: [new TextRun(text)],
    });
  return [blank(), ...issuers.map((issuer) => line(issuer, issuerRight)), line(date, dateRight)];
};

/** "— 1 —" in 4号 宋体, a character in from the outer edge: right on odd pages, left on even ones. */
const pageNumberFooter = (side: 'odd' | 'even') =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIZES.pageNumber * 10 } : { left: SIZES.pageNumber * 10 },
        spacing: singleLine,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.pageNumber),
            size: SIZES.pageNumber,
          }),
        ],
      }),
    ],
  });

/** Table paragraphs (each opens its properties with spacing) marked not to snap to the line grid. */
const offGridInTables = (xml: string): string =>
  xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) =>
    table.replace(/<w:pPr><w:spacing /g, '<w:pPr><w:snapToGrid w:val="0"/><w:spacing '),
  );

/**
 * The report as an official document (GB/T 9704-2012): A4 with the standard type area and a grid of
 * 22 lines of 28 characters; the title in 2号 小标宋, the text in 3号 仿宋_GB2312 with first-line indents,
 * headings by level in 黑体, 楷体_GB2312 and bold 仿宋; each section's figures in a table after its
 * text; the issuing offices and the date at the end; page numbers "— 1 —" at the foot. With
 * `evidence`, an appendix lists every figure with the events and units it comes from.
 */
export async function renderAnnualReportDocx(
  report: AnnualReportRecord,
  options: AnnualReportDocxOptions,
): Promise<Buffer> {
  const figuresById = new Map(report.figures.map((figure) => [figure.figureId, figure]));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    blank(),
  ];
  for (const section of report.sections) {
    const level = Math.min(Math.max(section.level, 1), 3) as 1 | 2 | 3;
    children.push(new Paragraph({ text: section.heading, heading: HEADING_OF[level] }));
    for (const paragraph of section.text.split(/\r?\n/).filter((line) => line.trim() !== '')) {
      children.push(body(paragraph.trim()));
    }
    const figures = section.figureIds.flatMap((id) => figuresById.get(id) ?? []);
    if (figures.length > 0) children.push(sectionFigureTable(figures));
  }
  children.push(...signature(options.issuers, districtDateText(report.updatedAt)));
  if (options.evidence) {
    // An attachment (附件): its label at the top left in 黑体, its title centred like the report's.
    children.push(
      new Paragraph({
        pageBreakBefore: true,
        children: [new TextRun({ text: EVIDENCE.label, font: font(FONTS.level1) })],
      }),
      blank(),
      new Paragraph({ text: EVIDENCE.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
      blank(),
      evidenceTable(report.figures, options.unitName),
    );
  }

  const heading = (name: string, bold = false) => ({
    run: { font: font(name), size: SIZES.body, bold, color: '000000' },
    paragraph: {
      spacing: exactLine,
      indent: { firstLine: 2 * ONE_CHARACTER },
      keepNext: true,
    },
  });
  const document = new Document({
    title: report.title,
    creator: options.issuers.join(' '),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: font(FONTS.body),
            size: SIZES.body,
            characterSpacing: CONDENSED,
            language: { eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: exactLine },
        },
        title: {
          run: { font: font(FONTS.title), size: SIZES.title, bold: false, color: '000000' },
          paragraph: { spacing: exactLine },
        },
        heading1: heading(FONTS.level1),
        heading2: heading(FONTS.level2),
        heading3: heading(FONTS.body, true),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              ...PAGE.margin,
              header: 851,
              // The page number's line sits 7 mm under the type area.
              footer: PAGE.margin.bottom - 397 - SIZES.pageNumber * 10,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  // The font table is written afresh: the one the library writes names no faces, so no fallbacks.
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  zip.file('word/fontTable.xml', fontTableXml());
  // Table text keeps single spacing: off the line grid, or each of its lines would take a grid line.
  const documentXml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', offGridInTables(documentXml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
