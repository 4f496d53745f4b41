import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningApi } from './api-server.js';
import type { LaunchedBrowser } from './chromium.js';
import { graphqlRequest } from './graphql-request.js';

/** The demo district's published accounts (apps/api/src/modules/demo), one per role. */
export const DEMO = {
  office: { username: 'office', password: 'Office#Demo2024' },
  sfjOfficer: { username: 'sfj.officer', password: 'Sfj#Demo2024', unitId: 'sfj', unitName: '区司法局' },
  inspector: { username: 'inspector', password: 'Inspector#Demo2024' },
  leader: { username: 'leader', password: 'Leader#Demo2024' },
  admin: { username: 'demo.admin', password: 'Admin#Demo2024' },
} as const;

export interface Credentials {
  username: string;
  password: string;
}

export interface ViewportSize {
  width: number;
  height: number;
}

/** A common office laptop screen. */
export const DESKTOP: ViewportSize = { width: 1366, height: 768 };
/** A common phone held upright, as township officers use it. */
export const PHONE: ViewportSize = { width: 390, height: 844 };

/** Signs in through the login page (at laptop size unless told); resolves on the home page. */
export async function signIn(
  browser: LaunchedBrowser,
  api: RunningApi,
  who: Credentials,
  viewport: ViewportSize = DESKTOP,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${api.baseUrl}/login`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** An access token for setting data up over GraphQL as that person. */
export async function tokenFor(api: RunningApi, who: Credentials): Promise<string> {
  const { login } = await graphqlRequest<{ login: { accessToken: string } }>(
    api,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { username: who.username, password: who.password } },
  );
  return login.accessToken;
}

export interface StoredEvidence {
  sha256: string;
  name: string;
  size: number;
  contentType: string;
}

/** Uploads a small text file through POST /files, as the screens do, and returns its reference. */
export async function uploadText(
  api: RunningApi,
  token: string,
  name: string,
  text: string,
): Promise<StoredEvidence> {
  const body = new FormData();
  body.append('file', new Blob([text], { type: 'text/plain' }), name);
  const response = await fetch(`${api.baseUrl}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  const stored = (await response.json()) as StoredEvidence;
  return { sha256: stored.sha256, name: stored.name, size: stored.size, contentType: stored.contentType };
}

/**
 * antd spaces two-character Chinese button labels ("确 定"); match them with or without the space.
 * A button that was just loading may keep its spinner (`aria-label="loading"`) in the accessible
 * name until the icon's exit animation ends, which under load can take long or never come: the
 * name may start with it.
 */
export function buttonName(label: string): RegExp {
  return new RegExp(`^\\s*(?:loading\\s*)?${[...label].join('\\s*')}\\s*$`);
}

/**
 * Types a date into an antd date field, confirms it with Enter on that field, and waits until the
 * field shows it. A keypress that went elsewhere (focus moving while a dialog settles) then fails here,
 * by name, instead of later as a form that will not submit.
 */
export async function typeDate(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
  await expect
    .poll(() => field.inputValue(), { timeout: 10_000, message: `the date field did not take ${value}` })
    .toBe(value);
}
