import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSPECTION, appendChangjiang2024 } from './reports/changjiang-2024.history.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const REPORT_FIELDS = `
  id year scope title version latestVersion flaggedFigureCount
  sections { id parentId level heading text figureIds edited }
  figures { id key label kind value unitOfMeasure numerator denominator status
    flags { rule message relatedFigureIds }
    sources { eventId streamId streamPosition type actor { userId role unitId } } }`;
const GENERATE = `mutation($year: Int!) { generateAnnualReport(year: $year) { ${REPORT_FIELDS} } }`;
const REPORT = `query($year: Int!, $version: Int) { annualReport(year: $year, version: $version) { ${REPORT_FIELDS} } }`;
const EDIT = `mutation($input: EditAnnualReportSectionInput!) { editAnnualReportSection(input: $input) { version sections { id text edited } } }`;
const VERSIONS =
  'query($year: Int!) { annualReportVersions(year: $year) { version type sectionId actor { userId role } } }';
const DIFF = `query($year: Int!, $v1: Int!, $v2: Int!) { annualReportDiff(year: $year, v1: $v1, v2: $v2) {
  fromVersion toVersion sections { sectionId change before after segments { op text } } figures { key change } } }`;
const SOURCES =
  'query($id: ID!) { figureSources(figureId: $id) { eventId streamId streamPosition type data actor { role unitId } } }';

interface Figure {
  id: string;
  key: string;
  value: number | null;
  status: string;
  numerator: number | null;
  denominator: number | null;
  flags: { rule: string; message: string; relatedFigureIds: string[] }[];
  sources: { eventId: string; streamId: string; streamPosition: number; type: string }[];
}

describe('the annual report and the ledgers over HTTP', () => {
  let app: TestApp;
  const tokens: Record<'office' | 'leader' | 'officer' | 'admin', string> = {
    office: '',
    leader: '',
    officer: '',
    admin: '',
  };
  let report: { sections: { id: string; text: string }[]; figures: Figure[]; version: number };
  const figure = (key: string): Figure => {
    const found = report.figures.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no figure ${key}`);
    return found;
  };
  const download = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  beforeAll(async () => {
    app = await startTestApp();
    await appendChangjiang2024(app.store);
    tokens.admin = await app.adminToken();
    const people = [
      ['office', 'DISTRICT_OFFICE', null],
      ['leader', 'LEADER', null],
      ['officer', 'UNIT_OFFICER', 'justice'],
    ] as const;
    for (const [name, role, unitId] of people) {
      const input = {
        username: `report-${name}`,
        displayName: name,
        role,
        unitId,
        password: `${name}-password-123`,
      };
      const registered = await app.gql(REGISTER, { input }, tokens.admin);
      expect(registered.errors).toBeUndefined();
      tokens[name] = (await app.login(input.username, input.password)).accessToken;
    }
    const generated = await app.gql(GENERATE, { year: 2024 }, tokens.office);
    expect(generated.errors).toBeUndefined();
    report = generated.data.generateAnnualReport;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('drafts the 2024 report with the seed report’s figures', () => {
    const text = report.sections.map((section) => section.text).join('\n');
    for (const phrase of [
      '矛盾纠纷排查605次',
      '受理人民调解案件297起',
      '成功调解271起',
      '调解成功率91.2%',
      '执法检查505家次，企业115家次，个体户390家次',
      '接收行政复议申请57件，受理行政复议50件，办结行政复议49件',
      '不予处罚的案件72件，不予行政处罚金额22.23万元',
      '办理人大代表建议60件',
      '办理政协提案40件',
      '6家单位开展案卷评查，抽查案卷22份',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(figure('task/mediation/rate/successRate')).toMatchObject({
      value: 91.2,
      numerator: 271,
      denominator: 297,
      status: 'SOUND',
    });
    expect(figure(`inspection/${INSPECTION}/files`).value).toBe(22);
  });

  it('flags 94 joint checks of 93 matters through the district’s rule catalogue instead of printing them', () => {
    const joint = figure('task/doubleRandom/joint');
    expect(joint.status).toBe('FLAGGED');
    expect(joint.flags[0]).toMatchObject({ rule: 'PART_EXCEEDS_WHOLE' });
    expect(joint.flags[0]?.relatedFigureIds).toEqual([figure('task/doubleRandom/matters').id]);
    expect(figure('task/doubleRandom/matters').status).toBe('FLAGGED');
    expect(figure('task/doubleRandom/rate/catalogue:联合检查占比').status).toBe('FLAGGED');
    const text = report.sections.map((section) => section.text).join('\n');
    expect(text).not.toContain('联合部门检查事项94件');
    expect(text).not.toMatch(/联合检查占比\d/);
    expect(text).not.toContain('占比100%');
  });

  it('leads from a figure to exactly the recorded events that make it', async () => {
    const rate = figure('task/mediation/rate/successRate');
    const result = await app.gql(SOURCES, { id: rate.id }, tokens.leader);
    expect(result.errors).toBeUndefined();
    const events = result.data.figureSources;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      streamId: 'task-mediation',
      type: 'TaskProgressReported',
      actor: { role: 'UNIT_OFFICER', unitId: 'justice' },
    });
    expect(JSON.parse(events[0].data).figures).toEqual({ accepted: 297, settled: 271 });
    const screened = await app.gql(SOURCES, { id: figure('task/mediation/screened').id }, tokens.office);
    expect(JSON.parse(screened.data.figureSources[0].data).figures).toEqual({ screened: 605 });
    expect(screened.data.figureSources[0].eventId).not.toBe(events[0].eventId);
  });

  it('refuses figure sources to a unit officer and an unknown figure with NOT_FOUND', async () => {
    const refused = await app.gql(SOURCES, { id: figure('task/mediation/screened').id }, tokens.officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await app.gql(SOURCES, { id: 'report-2024-district#nope' }, tokens.office);
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('REPORT_FIGURE_NOT_FOUND');
  });

  it('lets only the office generate and edit, and leaders read', async () => {
    expect((await app.gql(GENERATE, { year: 2024 }, tokens.leader)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(REPORT, { year: 2024 }, tokens.officer)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const read = await app.gql(REPORT, { year: 2024 }, tokens.leader);
    expect(read.data.annualReport.version).toBe(report.version);
    expect((await app.gql(REPORT, { year: 2023 }, tokens.leader)).data.annualReport).toBeNull();
  });

  it('keeps every version: an edit makes a new one, the diff shows it, and the old text stays readable', async () => {
    const problems = report.sections.find((section) => section.id === 'part-2')!;
    const text = `${problems.text}四是法治宣传的载体形式不够丰富。`;
    const edited = await app.gql(
      EDIT,
      { input: { year: 2024, sectionId: 'part-2', text, basedOnVersion: report.version } },
      tokens.office,
    );
    expect(edited.errors).toBeUndefined();
    const after = edited.data.editAnnualReportSection;
    expect(after.version).toBe(report.version + 1);
    expect(after.sections.find((section: { id: string }) => section.id === 'part-2')).toMatchObject({
      text,
      edited: true,
    });

    const stale = await app.gql(
      EDIT,
      { input: { year: 2024, sectionId: 'part-2', text: '另一稿。', basedOnVersion: report.version } },
      tokens.office,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_VERSION_CHANGED',
    });

    const versions = (await app.gql(VERSIONS, { year: 2024 }, tokens.leader)).data.annualReportVersions;
    expect(versions.map((v: { type: string }) => v.type)).toEqual([
      'AnnualReportDraftGenerated',
      'AnnualReportSectionEdited',
    ]);
    expect(versions[1]).toMatchObject({ sectionId: 'part-2', actor: { role: 'DISTRICT_OFFICE' } });

    const diff = (await app.gql(DIFF, { year: 2024, v1: 1, v2: 2 }, tokens.leader)).data.annualReportDiff;
    expect(diff.sections).toEqual([
      {
        sectionId: 'part-2',
        change: 'CHANGED',
        before: problems.text,
        after: text,
        segments: [
          { op: 'EQUAL', text: problems.text },
          { op: 'INSERT', text: '四是法治宣传的载体形式不够丰富。' },
        ],
      },
    ]);
    expect(diff.figures).toEqual([]);
    const first = (await app.gql(REPORT, { year: 2024, version: 1 }, tokens.leader)).data.annualReport;
    expect(first.sections.find((section: { id: string }) => section.id === 'part-2').text).toBe(
      problems.text,
    );
  });

  it('exports the report as Word with headings, tables, a Chinese font and the figures', async () => {
    const response = await download('/reports/2024/annual.docx', tokens.leader);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const stylesXml = await zip.file('word/styles.xml')!.async('string');
    const text = documentXml.replace(/<[^>]+>/g, '');
    for (const phrase of [
      '2024年法治政府建设情况报告',
      '一、2024年法治政府建设主要举措及成效',
      '矛盾纠纷排查605次',
      '调解成功率91.2%',
      '抽查案卷22份',
      '91.2%（271/297）',
      '22.23万元',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('待核实');
    expect(documentXml).toContain('w:pStyle w:val="Heading1"');
    expect(documentXml).toContain('w:pStyle w:val="Heading2"');
    expect(documentXml).toContain('<w:tbl>');
    expect(stylesXml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(text).not.toContain('数据来源与核实情况');
    expect(text).toContain('昌江区人民政府');

    const withEvidence = await download('/reports/2024/annual.docx?evidence=true', tokens.leader);
    const evidenceZip = await JSZip.loadAsync(Buffer.from(await withEvidence.arrayBuffer()));
    const evidenceText = (await evidenceZip.file('word/document.xml')!.async('string')).replace(
      /<[^>]+>/g,
      '',
    );
    expect(evidenceText).toContain('数据来源与核实情况');
    expect(evidenceText).toMatch(/报送进度（区司法局，\d{4}年\d+月\d+日）：task-/);
    const refused = await download('/reports/2024/annual.docx?evidence=maybe', tokens.leader);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'VALIDATION' });
  });

  it('exports the report as Markdown', async () => {
    const response = await download('/reports/2024/annual.md', tokens.office);
    expect(response.status).toBe(200);
    const markdown = await response.text();
    expect(markdown).toContain('## 二、存在的主要问题');
    expect(markdown).toContain('四是法治宣传的载体形式不够丰富。');
    expect(markdown).toMatch(/\| 其中联合部门检查事项 \| 94件 \| 待核实：/);
  });

  it('exports the task, rectification and progress ledgers as workbooks that read back', async () => {
    const read = async (path: string) => {
      const response = await download(path, tokens.admin);
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const tasks = await read('/ledgers/tasks.xlsx?taskListId=list-2024');
    expect(String(tasks[0]![0])).toMatch(/^任务台账（《.+》）\s+截至\d{4}年\d+月\d+日 \d\d:\d\d$/);
    expect(tasks[1]).toContain('牵头单位');
    expect(tasks).toHaveLength(11);
    const mediation = tasks.find((row) => row.includes('强化人民调解力量'))!;
    expect(mediation).toContain('矛盾纠纷排查605次；受理人民调解案件297起；成功调解271起');
    expect(tasks.find((row) => row.includes('强化执法监管职能'))!.join(' ')).toContain(
      '联合部门检查事项（94件）超过录入双随机监管事项（93件）',
    );

    const findings = await read('/ledgers/rectification.xlsx');
    expect(findings.slice(2).map((row) => row[2])).toEqual(['区应急管理局', '区卫健委', '区农村农业水利局']);

    const progress = await read('/ledgers/progress.xlsx?taskListId=list-2024');
    const justice = progress.find((row) => row[0] === '区司法局')!;
    expect(justice.slice(1, 9)).toEqual([3, 0, 3, 0, 0, 3, 0, 1]);

    const indicators = await read('/ledgers/indicators.xlsx?taskListId=list-2024');
    expect(indicators.find((row) => row.includes('调解成功率'))).toEqual(
      expect.arrayContaining(['强化人民调解力量', '区司法局', '比率', 271, 297]),
    );
    const handoffs = await read('/ledgers/handoffs.xlsx?taskListId=list-2024');
    expect(handoffs[1]).toEqual(expect.arrayContaining(['转出单位', '转入单位', '审批结果']));
  });

  it('exports a ledger with the filters and the as-of time its page shows', async () => {
    const read = async (path: string) => {
      const response = await download(path, tokens.office);
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return {
        rows,
        name: decodeURIComponent(
          /filename\*=UTF-8''(.+)$/.exec(response.headers.get('content-disposition')!)![1]!,
        ),
      };
    };
    const overdue = await read('/ledgers/rectification.xlsx?overdue=true&status=RECTIFYING');
    expect(String(overdue.rows[0]![0])).toContain('状态：整改中，仅逾期');
    expect(overdue.rows.slice(2).map((row) => row[2])).toEqual(['区农村农业水利局']);

    const area = await read(
      '/ledgers/tasks.xlsx?taskListId=list-2024&area=' + encodeURIComponent('矛盾纠纷化解'),
    );
    expect(area.rows.slice(2).map((row) => row[0])).toEqual(['矛盾纠纷化解', '矛盾纠纷化解']);

    // Before the history began nothing had been issued; the title and file name carry the day asked.
    const early = await read('/ledgers/tasks.xlsx?asOf=2023-06-30');
    expect(early.rows).toHaveLength(2);
    expect(String(early.rows[0]![0])).toContain('截至2023年6月30日 23:59');
    expect(early.name).toBe('任务台账_20230630.xlsx');

    for (const bad of [
      'asOf=yesterday',
      'asOf=2024-13-45T00:00:00Z',
      'asOf=2024-02-30',
      'overdue=perhaps',
      'severity=HUGE',
      'unitId=a&unitId=b',
    ]) {
      const refused = await download(`/ledgers/rectification.xlsx?${bad}`, tokens.office);
      expect(refused.status, bad).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'VALIDATION' });
    }
  });

  it('refuses downloads without a token, with a bad token and to a unit officer', async () => {
    for (const path of [
      '/reports/2024/annual.docx',
      '/reports/2024/annual.md',
      '/ledgers/tasks.xlsx',
      '/ledgers/rectification.xlsx',
      '/ledgers/progress.xlsx',
      '/ledgers/indicators.xlsx',
      '/ledgers/handoffs.xlsx',
    ]) {
      expect((await download(path)).status).toBe(401);
      expect((await download(path, 'not-a-token')).status).toBe(401);
      const refused = await download(path, tokens.officer);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('answers 404 for a report never generated', async () => {
    const response = await download('/reports/2023/annual.docx', tokens.office);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ reason: 'REPORT_NOT_FOUND' });
  });
});
