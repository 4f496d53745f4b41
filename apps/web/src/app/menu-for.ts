import type { Role } from '../generated/graphql.js';
import access from './access.js';
import type { AppRoute } from './routes.js';
import type { MessageKey } from './i18n/message-key.js';

export interface MenuEntry {
  route: AppRoute;
  label: MessageKey;
}

/** The pages a user's role may open, in menu order, each under the name that role knows it by. */
export function menuFor(user: { role: Role } | null | undefined, routes: readonly AppRoute[]): MenuEntry[] {
  const allowed = access(user);
  return routes
    .filter((route) => allowed[route.access] && !route.hideInMenu)
    .map((route) => ({ route, label: (user && route.nameFor?.[user.role]) ?? route.name }));
}
