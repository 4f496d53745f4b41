import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { FIGURE_TABLE, figureSourcesText, figureStatusText, figureValueText } from '@duban/domain';
import type { AnnualReportRecord, ReportFigure } from '@duban/domain';

/**
 * Fonts and sizes of a Chinese government document: body in 仿宋 三号 (16pt), parts in 黑体, sub-parts
 * in 楷体, the title in 宋体 二号 (22pt). Sizes are in half-points, as Word stores them.
 */
const FONTS = { body: '仿宋', part: '黑体', subPart: '楷体', title: '宋体' } as const;
const SIZES = { body: 32, title: 44, table: 24 } as const;
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
/** First-line indent of two characters at 16pt, in twentieths of a point. */
const INDENT_TWO_CHARACTERS = 640;
const LINE_SPACING = 560;

const cellOf = (text: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: SIZES.table })] })],
  });

const figureTable = (figures: ReportFigure[]): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: FIGURE_TABLE.columns.map((column) => cellOf(column, true)),
      }),
      ...figures.map(
        (figure, index) =>
          new TableRow({
            children: [
              cellOf(String(index + 1)),
              cellOf(figure.context ? `${figure.label}(${figure.context})` : figure.label),
              cellOf(figureValueText(figure)),
              cellOf(figureStatusText(figure), figure.status === 'FLAGGED'),
              cellOf(figureSourcesText(figure)),
            ],
          }),
      ),
    ],
  });

/**
 * The report as a Word document: title, parts as Heading 1, sub-parts as Heading 2, indented body
 * paragraphs, each section's figures in a table after its text, and the appendix of every figure
 * with its status and sources.
 */
export async function renderAnnualReportDocx(report: AnnualReportRecord): Promise<Buffer> {
  const figuresById = new Map(report.figures.map((figure) => [figure.figureId, figure]));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
  ];
  for (const section of report.sections) {
    children.push(
      new Paragraph({
        text: section.heading,
        heading: section.level <= 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      }),
    );
    for (const paragraph of section.text.split(/\r?\n/).filter((line) => line.trim() !== '')) {
      children.push(new Paragraph({ text: paragraph, indent: { firstLine: INDENT_TWO_CHARACTERS } }));
    }
    const figures = section.figureIds.flatMap((id) => figuresById.get(id) ?? []);
    if (figures.length > 0) children.push(figureTable(figures));
  }
  children.push(new Paragraph({ text: FIGURE_TABLE.heading, heading: HeadingLevel.HEADING_1 }));
  children.push(figureTable(report.figures));

  const document = new Document({
    title: report.title,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZES.body, language: { eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE_SPACING } },
        },
        title: { run: { font: font(FONTS.title), size: SIZES.title, bold: true, color: '000000' } },
        heading1: { run: { font: font(FONTS.part), size: SIZES.body, color: '000000' } },
        heading2: { run: { font: font(FONTS.subPart), size: SIZES.body, color: '000000' } },
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
