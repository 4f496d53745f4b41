import { validation } from '@duban/domain';
import type { PageInput } from './graphql/page.input.js';

export const DEFAULT_PAGE_SIZE = 50;

export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * Where a page starts and how long it is. Cursors are opaque to clients; a page size above the
 * configured maximum is refused (VALIDATION, PAGE_TOO_LARGE) rather than silently cut.
 */
export function pageWindow(page: PageInput | null | undefined, maxPageSize: number): PageWindow {
  const limit = page?.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(limit) || limit < 1) {
    throw validation('VALIDATION', 'page.first: must be a positive whole number', {
      field: 'page.first',
      value: limit,
    });
  }
  if (limit > maxPageSize) {
    throw validation('PAGE_TOO_LARGE', `page.first: at most ${maxPageSize} items per page`, {
      field: 'page.first',
      value: limit,
      max: maxPageSize,
    });
  }
  let offset = 0;
  if (page?.after) {
    const match = /^o:(\d+)$/.exec(Buffer.from(page.after, 'base64url').toString('utf8'));
    if (!match)
      throw validation('VALIDATION', 'page.after: not a cursor of this list', { field: 'page.after' });
    offset = Number(match[1]);
  }
  return { offset, limit };
}

export interface PageResult<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export function pageOf<T>(items: T[], total: number, window: PageWindow): PageResult<T> {
  const next = window.offset + items.length;
  return {
    items,
    total,
    nextCursor: next < total ? Buffer.from(`o:${next}`, 'utf8').toString('base64url') : null,
  };
}
