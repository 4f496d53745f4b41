import { DISTRICT_UTC_OFFSET_MINUTES } from '@duban/domain';
import { done } from './demo-district.data.js';
import type { DemoTask } from './demo-district.data.js';

/** The year the demo's recorded history is about: the seed report's. */
export const DEMO_HISTORY_YEAR = 2024;

const DAY_MS = 86_400_000;

/** A task of the current year's list, dated by days from today (negative: that many days ago). */
interface LiveTask extends Omit<DemoTask, 'id' | 'deadline' | 'script'> {
  n: number;
  dueIn: number;
  script: (day: (offset: number) => string) => DemoTask['script'];
}

/**
 * This year's list: the report's plans for the next year (its last section) and a few more, issued
 * six weeks ago, with deadlines around today so the dashboard has live work: two done lately, one
 * awaiting review, one overdue, one due in two days, some under way and one still to acknowledge.
 */
const LIVE_TASKS: readonly LiveTask[] = [
  {
    n: 1,
    area: '思想引领与统筹',
    title: '着力提升领导干部法治思维',
    description:
      '继续加强法治学习教育，严格落实学法制度，丰富学习形式和内容，提高青年干部的法治观念和规矩意识。',
    lead: 'sfj',
    dueIn: 20,
    script: (day) => [
      { on: day(-40), do: 'acknowledge', unit: 'sfj' },
      { on: day(-14), do: 'report', unit: 'sfj', percent: 40, narrative: '已完成上半年领导干部集中学法。' },
    ],
  },
  {
    n: 2,
    area: '依法决策',
    title: '着力健全完善行政决策机制',
    description: '加强重大行政决策事项的合法性审查，推广公众参与和专家论证等民主决策方式。',
    lead: 'sfj',
    cooperating: ['fgw'],
    dueIn: 2,
    script: (day) => [
      { on: day(-41), do: 'acknowledge', unit: 'sfj' },
      { on: day(-39), do: 'acknowledge', unit: 'fgw' },
      {
        on: day(-7),
        do: 'report',
        unit: 'sfj',
        percent: 70,
        narrative: '重大行政决策目录已编制，合法性审查意见书模板已统一。',
      },
    ],
  },
  {
    n: 3,
    area: '行政执法',
    title: '着力规范政府行政执法行为',
    description: '加强行政执法队伍建设，完善行政执法程序，落实行政执法“三项制度”。',
    lead: 'scjgj',
    cooperating: ['yjj'],
    dueIn: -5,
    script: (day) => [
      { on: day(-40), do: 'acknowledge', unit: 'scjgj' },
      { on: day(-38), do: 'acknowledge', unit: 'yjj' },
      {
        on: day(-20),
        do: 'report',
        unit: 'scjgj',
        percent: 50,
        narrative: '执法案卷评查已完成一半，“三项制度”台账正在补齐。',
      },
    ],
  },
  {
    n: 4,
    area: '普法宣传',
    title: '着力提升法治宣传学习效能',
    description: '丰富法治宣传载体和形式，加强法治文化建设，营造浓厚的法治氛围。',
    lead: 'liyang',
    cooperating: ['xijiao'],
    dueIn: 10,
    script: (day) => [
      { on: day(-39), do: 'acknowledge', unit: 'liyang' },
      {
        on: day(-10),
        do: 'report',
        unit: 'liyang',
        percent: 30,
        narrative: '丽阳镇已开展法治文艺进村活动4场。',
      },
    ],
  },
  {
    n: 5,
    area: '矛盾纠纷化解',
    title: '深化新时代“枫桥经验”，推进矛盾纠纷就地化解',
    description: '完善人民调解、行政调解、司法调解联动机制，重点领域矛盾纠纷排查化解率达到95%以上。',
    lead: 'xinfeng',
    dueIn: 30,
    script: (day) =>
      done(day(-38), day(-9), day(-6), '新枫街道矛盾纠纷多元化解中心已运行，排查化解台账齐全。'),
  },
  {
    n: 6,
    area: '政务服务与营商环境',
    title: '推行“高效办成一件事”，拓展“一网通办”事项',
    description: '梳理重点事项清单，优化办理流程，实现高频事项“一次告知、一表申请、一套材料”。',
    lead: 'zwfw',
    dueIn: 25,
    script: (day) => [
      { on: day(-40), do: 'acknowledge', unit: 'zwfw' },
      { on: day(-25), do: 'report', unit: 'zwfw', percent: 60, narrative: '首批12个“一件事”已上线。' },
      { on: day(-13), do: 'requestCompletion', summary: '“高效办成一件事”首批事项全部上线运行。' },
      { on: day(-11), do: 'accept', comment: '材料齐全，同意办结' },
    ],
  },
  {
    n: 7,
    area: '监督制约',
    title: '发挥行政复议化解行政争议主渠道作用',
    description: '落实行政复议“应收尽收、应受尽受”，提高案件办理质量和效率。',
    lead: 'sfj',
    dueIn: 45,
    script: () => [],
  },
  {
    n: 8,
    area: '行政执法',
    title: '规范涉企行政检查，推行“扫码入企”',
    description: '建立涉企行政检查事项清单，检查全程扫码留痕，减少对企业正常生产经营的干扰。',
    lead: 'scjgj',
    dueIn: 6,
    script: (day) => [
      { on: day(-37), do: 'acknowledge', unit: 'scjgj' },
      { on: day(-2), do: 'requestCompletion', summary: '涉企检查事项清单已公布，扫码入企全面推行。' },
    ],
  },
  {
    n: 9,
    area: '思想引领与统筹',
    title: '落实党政主要负责人履行推进法治建设第一责任人职责',
    description: '将履行推进法治建设第一责任人职责情况列入年终述职内容。',
    lead: 'xijiao',
    dueIn: 15,
    script: (day) => done(day(-40), day(-21), day(-18), '述职内容已列入年终考核方案。'),
  },
];

/** The district's calendar date (`YYYY-MM-DD`) of an instant. */
export const districtDate = (at: Date): string =>
  new Date(at.getTime() + DISTRICT_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);

/** A calendar date moved by whole days. */
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export interface DemoLiveList {
  list: {
    id: string;
    year: number;
    title: string;
    documentNumber: string;
    draftedOn: string;
    issuedOn: string;
  };
  tasks: DemoTask[];
}

/**
 * The current year's list as of `today`, or null while the current year is the history's own (a
 * clock set in 2024 or before). Every dated step is before today: the seed writes no future.
 */
export function demoLiveList(today: Date): DemoLiveList | null {
  const date = districtDate(today);
  const year = Number(date.slice(0, 4));
  if (year <= DEMO_HISTORY_YEAR) return null;
  const day = (offset: number) => addDays(date, offset);
  const id = `demo-${year}`;
  return {
    list: {
      id,
      year,
      title: `${year}年昌江区推进法治政府建设工作安排`,
      documentNumber: `昌法治办〔${year}〕1号`,
      draftedOn: day(-45),
      issuedOn: day(-42),
    },
    tasks: LIVE_TASKS.map(({ n, dueIn, script, ...task }) => ({
      ...task,
      id: `${id}-${String(n).padStart(2, '0')}`,
      deadline: day(dueIn),
      script: script(day) ?? [],
    })),
  };
}
