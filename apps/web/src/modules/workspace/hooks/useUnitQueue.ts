import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../app/auth/useSession.js';
import { UnitQueueDocument } from '../../../generated/graphql.js';

/** The signed-in unit officer's work queue; skipped for anyone without a unit. */
export function useUnitQueue() {
  const unitId = useSession().session?.user.unitId ?? null;
  const result = useQuery(UnitQueueDocument, {
    variables: { unitId: unitId ?? '' },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  return { ...result, unitId, queue: result.data?.unitQueue ?? null };
}
