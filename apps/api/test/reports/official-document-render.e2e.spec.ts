import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DISTRICT_REPORT_ISSUERS } from '../../src/modules/reports/config/district-report-issuers.js';
import { renderAnnualReportDocx } from '../../src/modules/reports/exports/render-annual-report-docx.js';
import { changjiang2024Report } from './official-document-fixture.js';

const run = promisify(execFile);
const onPath = (name: string): string | null =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate)) ?? null;
const soffice = process.env.SOFFICE_PATH ?? onPath('soffice');
const pdftoppm = onPath('pdftoppm');
/** The pages as PNGs land here (gitignored), for a person to look at. */
const artifacts = resolve(import.meta.dirname, '../../artifacts/annual-report');

// Without LibreOffice the suite is skipped by name locally; under CI a missing LibreOffice is a failure.
describe.skipIf(!soffice && !process.env.CI)(
  'the annual report rendered by LibreOffice (needs LibreOffice)',
  () => {
    it('lays out as pages that show the title, the text, the signature and the evidence attachment', async () => {
      if (!soffice || !pdftoppm) {
        throw new Error(
          'soffice and pdftoppm are needed: apt-get install libreoffice-writer-nogui poppler-utils',
        );
      }
      const { report, log } = changjiang2024Report();
      rmSync(artifacts, { recursive: true, force: true });
      mkdirSync(artifacts, { recursive: true });
      const docx = join(artifacts, 'annual-report.docx');
      writeFileSync(
        docx,
        await renderAnnualReportDocx(report, {
          issuers: DISTRICT_REPORT_ISSUERS,
          evidence: true,
          unitName: log.unitName,
        }),
      );
      // A profile of its own, so a LibreOffice already open on this machine does not take the job.
      const profile = mkdtempSync(join(tmpdir(), 'duban-soffice-'));
      try {
        await run(
          soffice,
          [
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            artifacts,
            docx,
          ],
          {
            timeout: 120_000,
            env: {
              ...process.env,
              FONTCONFIG_FILE: resolve(import.meta.dirname, 'render/preview-fonts.conf'),
            },
          },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const pdf = join(artifacts, 'annual-report.pdf');
      const info = (await run('pdfinfo', [pdf])).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      // The text of a page without blanks: the renderer spaces Latin from Han characters.
      const pageText = async (page: number) =>
        (await run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'])).stdout.replace(
          /\s+/g,
          '',
        );

      const first = await pageText(1);
      expect(first).toContain(report.title);
      expect(first).toContain('一、2024年法治政府建设主要举措及成效');
      expect(first).toContain('共部署任务9项，已完成8项，任务完成率88.9%。');
      expect(first).toContain('—1—');

      const texts = await Promise.all(Array.from({ length: pages }, (_, at) => pageText(at + 1)));
      const signed = texts.findIndex(
        (text) => text.includes('昌江区人民政府') && text.includes('2025年2月12日'),
      );
      const attachment = texts.findIndex((text) => text.startsWith('附件'));
      expect(signed).toBeGreaterThan(0);
      // The evidence trail starts on a page of its own after the signature, and the whole stays short.
      expect(attachment).toBeGreaterThan(signed);
      expect(texts[attachment]).toContain('数据来源与核实情况');
      expect(pages).toBeGreaterThan(attachment);
      expect(pages).toBeLessThanOrEqual(30);

      await run(pdftoppm, ['-r', '60', '-png', pdf, join(artifacts, 'page')]);
      expect(readdirSync(artifacts).filter((name) => name.endsWith('.png'))).toHaveLength(pages);
    }, 180_000);
  },
);
