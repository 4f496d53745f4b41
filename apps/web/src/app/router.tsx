import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { appRoutes } from './routes.js';
import AccessGuard from './routing/AccessGuard.js';
import GuestOnly from './routing/GuestOnly.js';
import HomeRedirect from './routing/HomeRedirect.js';
import PageLoading from './routing/PageLoading.js';
import RequireAuth from './routing/RequireAuth.js';

// The layout is a chunk of its own too: the login page needs none of the menu and header code.
const BasicLayout = lazy(() => import('./layout/BasicLayout.js'));
const LoginPage = lazy(() => import('../modules/auth/components/LoginPage.js'));
const ForbiddenPage = lazy(() => import('../modules/exception/components/ForbiddenPage.js'));
const NotFoundPage = lazy(() => import('../modules/exception/components/NotFoundPage.js'));

function suspended(node: ReactNode): ReactNode {
  return <Suspense fallback={<PageLoading />}>{node}</Suspense>;
}

function pageRoutes(): RouteObject[] {
  return appRoutes.map((route) => {
    const Page = lazy(route.load);
    return {
      path: route.path.slice(1),
      element: <AccessGuard access={route.access}>{suspended(<Page />)}</AccessGuard>,
    };
  });
}

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <GuestOnly>{suspended(<LoginPage />)}</GuestOnly> },
    {
      path: '/',
      element: <RequireAuth>{suspended(<BasicLayout />)}</RequireAuth>,
      children: [
        { index: true, element: <HomeRedirect /> },
        ...pageRoutes(),
        { path: '403', element: suspended(<ForbiddenPage />) },
        { path: '*', element: suspended(<NotFoundPage />) },
      ],
    },
  ]);
}
