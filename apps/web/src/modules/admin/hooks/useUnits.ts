import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { UnitsDocument } from '../../../generated/graphql.js';

/** Every unit, retired ones included, with the active ones and a name lookup for tables and selects. */
export function useUnits() {
  const result = useQuery(UnitsDocument, { fetchPolicy: 'cache-and-network' });
  const units = useMemo(() => result.data?.units ?? [], [result.data]);
  const active = useMemo(() => units.filter((unit) => !unit.retired), [units]);
  const nameOf = useMemo(() => {
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    return (id: string) => names.get(id) ?? id;
  }, [units]);
  return { ...result, units, active, nameOf };
}
