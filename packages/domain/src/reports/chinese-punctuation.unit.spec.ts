import { describe, expect, it } from 'vitest';
import { buildAnnualReportDraft } from './build-annual-report.js';
import { HALF_WIDTH_BESIDE_CJK, toChinesePunctuation } from './chinese-punctuation.js';
import { gatherReportFacts } from './gather-report-facts.js';
import { renderReportMarkdown } from './render-report-markdown.js';
import { changjiang2024Log } from '../testing/changjiang-2024.history.js';

describe('Chinese punctuation in the report’s prose', () => {
  it('turns half-width marks beside Chinese characters into full-width ones', () => {
    expect(toChinesePunctuation('…1号),共部署任务31项')).toBe('…1号），共部署任务31项');
    expect(toChinesePunctuation('主要指标:执法检查505家次,其中企业115家次;个体户390家次')).toBe(
      '主要指标：执法检查505家次，其中企业115家次；个体户390家次',
    );
    expect(toChinesePunctuation('调解成功率91.2%(271/297)。')).toBe('调解成功率91.2%（271/297）。');
    expect(toChinesePunctuation('开展"百场公益普法基层行"活动')).toBe('开展“百场公益普法基层行”活动');
    expect(toChinesePunctuation('已完成.下一步')).toBe('已完成。下一步');
  });

  it('keeps the marks that belong to numbers, times, addresses and Latin words', () => {
    expect(toChinesePunctuation('金额1,000万元,时间10:30')).toBe('金额1,000万元，时间10:30');
    expect(toChinesePunctuation('见https://example.org页面')).toBe('见https://example.org页面');
    expect(toChinesePunctuation('函数f(x)的值为22.23万元')).toBe('函数f(x)的值为22.23万元');
    expect(toChinesePunctuation('plain ASCII, (untouched): yes')).toBe('plain ASCII, (untouched): yes');
  });

  it('drops the space a keyboard leaves after a mark and gives the same text when run twice', () => {
    const once = toChinesePunctuation('一是强化部署, 二是筑牢根基; 三是推进创建.');
    expect(once).toBe('一是强化部署，二是筑牢根基；三是推进创建。');
    expect(toChinesePunctuation(once)).toBe(once);
  });

  it('leaves no half-width , : ; ( ) beside a Chinese character in any drafted heading or paragraph', () => {
    const draft = buildAnnualReportDraft(
      gatherReportFacts(changjiang2024Log(), {
        year: 2024,
        taskListId: null,
        asOf: '2025-02-12T02:00:00.000Z',
      }),
    );
    for (const section of draft.sections) {
      expect(section.heading, section.sectionId).not.toMatch(HALF_WIDTH_BESIDE_CJK);
      expect(section.text, section.sectionId).not.toMatch(HALF_WIDTH_BESIDE_CJK);
    }
    const markdown = renderReportMarkdown(draft);
    const prose = markdown.split('\n').filter((line) => !line.startsWith('|'));
    for (const line of prose) expect(line).not.toMatch(HALF_WIDTH_BESIDE_CJK);
  });

  it('states each rate after the two figures it is computed from, so the text explains it', () => {
    const draft = buildAnnualReportDraft(
      gatherReportFacts(changjiang2024Log(), {
        year: 2024,
        taskListId: null,
        asOf: '2025-02-12T02:00:00.000Z',
      }),
      {
        rules: [{ kind: 'RATE', name: '调解成功率', numerator: '成功调解', denominator: '受理人民调解案件' }],
      },
    );
    const rates = draft.figures.filter((figure) => figure.kind === 'RATE' && figure.status === 'SOUND');
    expect(rates.map((rate) => rate.label)).toEqual(
      expect.arrayContaining(['任务完成率', '调解成功率', '问题整改率']),
    );
    for (const rate of rates) {
      const text = draft.sections.find((section) => section.sectionId === rate.sectionId)!.text;
      const stated = text.indexOf(`${rate.label}${rate.value}%`);
      expect(stated, rate.label).toBeGreaterThan(0);
      const before = text.slice(0, stated);
      expect(before, rate.label).toMatch(new RegExp(`\\D${rate.numerator}[^\\d.]`));
      expect(before, rate.label).toMatch(new RegExp(`\\D${rate.denominator}[^\\d.]`));
    }
  });
});
