import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { UnitOptionsDocument } from '../../../generated/graphql.js';

/** The district's units for pickers (retired ones take no new tasks) and a name lookup for all of them. */
export function useUnitOptions() {
  const { data, loading, error } = useQuery(UnitOptionsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const units = data?.units ?? [];
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    return {
      units,
      active: units.filter((unit) => !unit.retired),
      nameOf: (id: string) => names.get(id) ?? id,
      loading,
      error,
    };
  }, [data, loading, error]);
}
