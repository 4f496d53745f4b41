import { useMemo } from 'react';
import access from './access.js';
import type { Access } from './access.js';
import { useSession } from './auth/useSession.js';

export function useAccess(): Access {
  const { session } = useSession();
  return useMemo(() => access(session?.user), [session?.user]);
}
