import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'duban:isPublic';

/** Marks a resolver or field as reachable without logging in (health, login, refresh). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
