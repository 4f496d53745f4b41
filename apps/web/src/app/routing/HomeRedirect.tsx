import { Navigate } from 'react-router';
import { useSession } from '../auth/useSession.js';
import { menuFor } from '../menu-for.js';
import { appRoutes } from '../routes.js';

/** "/" opens the first page the role may see, so every role lands on its own work. */
export default function HomeRedirect() {
  const { session } = useSession();
  const first = menuFor(session?.user, appRoutes)[0];
  return <Navigate to={first ? first.route.path : '/403'} replace />;
}
