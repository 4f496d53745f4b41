import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../auth/useSession.js';

/** A signed-in user who opens the login page goes on to where they were heading, or home. */
export default function GuestOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  if (session) return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  return children;
}
