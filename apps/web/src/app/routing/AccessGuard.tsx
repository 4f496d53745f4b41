import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { AccessKey } from '../access.js';
import { useAccess } from '../useAccess.js';

export default function AccessGuard({ access, children }: { access: AccessKey; children: ReactNode }) {
  const allowed = useAccess();
  if (!allowed[access]) return <Navigate to="/403" replace />;
  return children;
}
