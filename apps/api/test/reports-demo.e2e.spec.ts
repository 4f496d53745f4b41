import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const GENERATE = `mutation { generateAnnualReport(year: 2024) {
  sections { id text }
  figures { id key label value status numerator denominator flags { rule } sources { streamId type } } } }`;
const SOURCES = 'query($id: ID!) { figureSources(figureId: $id) { streamId type data } }';

interface Figure {
  id: string;
  key: string;
  label: string;
  value: number | null;
  status: string;
  numerator: number | null;
  denominator: number | null;
  flags: { rule: string }[];
  sources: { streamId: string; type: string }[];
}

/** The demo district as seeded on first start: its 2024 list carries the seed report's figures. */
describe('the demo district’s 2024 annual report', () => {
  let app: TestApp;
  let token: string;
  let figures: Figure[];
  let text: string;
  const find = (label: string, value: number) => {
    const found = figures.find(
      (figure) => figure.label.replace(/^其中/, '') === label && figure.value === value,
    );
    if (!found) throw new Error(`no figure ${label} = ${value}`);
    return found;
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { DUBAN_SEED_DEMO: 'true' } });
    const input = {
      username: 'demo-report-office',
      displayName: '治区办',
      role: 'DISTRICT_OFFICE',
      password: 'office-password-123',
    };
    expect((await app.gql(REGISTER, { input }, await app.adminToken())).errors).toBeUndefined();
    token = (await app.login(input.username, input.password)).accessToken;
    const generated = await app.gql(GENERATE, {}, token);
    expect(generated.errors).toBeUndefined();
    figures = generated.data.generateAnnualReport.figures;
    text = generated.data.generateAnnualReport.sections
      .map((section: { text: string }) => section.text)
      .join('\n');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('states the seed report’s figures as sound figures', () => {
    const seed: [string, number][] = [
      ['矛盾纠纷排查', 605],
      ['受理人民调解案件', 297],
      ['成功调解', 271],
      ['执法检查', 505],
      ['企业', 115],
      ['个体户', 390],
      ['接收行政复议申请', 57],
      ['受理', 50],
      ['办结', 49],
      ['不予处罚案件', 72],
      ['不予行政处罚金额', 22.23],
      ['人大代表建议', 60],
      ['政协提案', 40],
      ['督察单位', 6],
      ['抽查案卷', 22],
    ];
    for (const [label, value] of seed) expect(find(label, value).status, label).toBe('SOUND');
    expect(find('调解成功率', 91.2)).toMatchObject({ numerator: 271, denominator: 297, status: 'SOUND' });
    expect(text).toContain('矛盾纠纷排查605次，受理人民调解案件297起，成功调解271起，调解成功率91.2%');
    expect(text).toContain('不予行政处罚金额22.23万元');
  });

  it('reports the inspection of six units with 22 case files from the inspection’s own events', () => {
    const inspectionFigure = (suffix: string) =>
      figures.filter((figure) => figure.key.startsWith('inspection/') && figure.key.endsWith(suffix));
    expect(inspectionFigure('/units').map((figure) => figure.value)).toContain(6);
    expect(inspectionFigure('/files').map((figure) => figure.value)).toContain(22);
    for (const figure of [...inspectionFigure('/units'), ...inspectionFigure('/files')]) {
      expect(figure.sources.every((source) => source.streamId.startsWith('inspection-'))).toBe(true);
    }
  });

  it('flags 94 joint checks of 93 double-random matters and never prints them as sound', () => {
    expect(find('联合部门检查事项', 94)).toMatchObject({
      status: 'FLAGGED',
      flags: [{ rule: 'PART_EXCEEDS_WHOLE' }],
    });
    expect(find('录入双随机监管事项', 93).status).toBe('FLAGGED');
    expect(text).not.toContain('联合部门检查事项94件');
    expect(text).not.toContain('占比100%');
    expect(text).toContain('〔数据待核实：其中联合部门检查事项（94件）超过录入双随机监管事项（93件）');
  });

  it('leads from the mediation success rate to the progress report that stated its figures', async () => {
    const rate = find('调解成功率', 91.2);
    const result = await app.gql(SOURCES, { id: rate.id }, token);
    expect(result.errors).toBeUndefined();
    const events = result.data.figureSources as { streamId: string; type: string; data: string }[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.type).toBe('TaskProgressReported');
      expect(Object.values(JSON.parse(event.data).figures)).toEqual(expect.arrayContaining([297, 271]));
    }
  });

  it('exports it as Word with the figures and the flag', async () => {
    const response = await fetch(`${app.url}/reports/2024/annual.docx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const phrase of ['调解成功率91.2%', '22.23万元', '抽查案卷22份', '待核实'])
      expect(body).toContain(phrase);
  });
});
