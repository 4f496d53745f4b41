import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { LaunchedBrowser } from './chromium.js';
import { artifactsDir } from './screenshot.js';

/**
 * When a test of the file fails, every page still open is saved as a PNG under
 * apps/web/artifacts/failed-… and what it showed is printed: its address, the focused element, the
 * form errors, messages and open dialogs. A timeout then says which screen state it waited in.
 */
export function reportFailedPages(browser: () => LaunchedBrowser | undefined): void {
  const reported = new WeakSet<object>();
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const pages = browser()?.context.pages() ?? [];
    const slug = context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
    mkdirSync(artifactsDir, { recursive: true });
    for (const [index, page] of pages.entries()) {
      if (page.isClosed() || page.url() === 'about:blank' || reported.has(page)) continue;
      reported.add(page);
      const path = join(artifactsDir, `failed-${slug}-${index}.png`);
      try {
        await page.screenshot({ path, fullPage: true, timeout: 10_000 });
        const state = await page.evaluate(() => {
          const shown = (selector: string) =>
            Array.from(document.querySelectorAll<HTMLElement>(selector)).filter(
              (node) => node.offsetParent !== null,
            );
          const texts = (selector: string) => shown(selector).map((node) => node.textContent?.trim() ?? '');
          const active = document.activeElement;
          return {
            url: location.href,
            focused: active
              ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} ${active.getAttribute('aria-label') ?? ''} value=${(active as HTMLInputElement).value ?? ''}`
              : null,
            formErrors: texts('.ant-form-item-explain-error'),
            messages: texts('.ant-message-notice'),
            dialogs: texts('.ant-modal-title'),
            fields: shown('.ant-modal input, .ant-modal textarea').map(
              (input) => `${input.id}=${(input as HTMLInputElement).value}`,
            ),
          };
        });
        console.error(`[failed page ${index}] ${path}\n${JSON.stringify(state, null, 2)}`);
      } catch (error) {
        console.error(`[failed page ${index}] could not be captured: ${String(error)}`);
      }
    }
  });
}
