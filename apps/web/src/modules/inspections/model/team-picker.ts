interface Inspector {
  id: string;
  displayName: string;
  unitName?: string | null;
}

interface Person {
  id: string;
  role: string;
}

/** Options of the team picker: each inspector by name (and unit, when the account has one). */
export function teamOptions(inspectors: readonly Inspector[]): { value: string; label: string }[] {
  return inspectors.map((inspector) => ({
    value: inspector.id,
    label: inspector.unitName ? `${inspector.displayName}（${inspector.unitName}）` : inspector.displayName,
  }));
}

/**
 * Who is on the team before anyone is picked: an inspector opening an inspection usually leads it;
 * the office commissions teams of others, and could not be a member itself.
 */
export function initialTeam(me: Person | null | undefined): string[] {
  return me?.role === 'INSPECTOR' ? [me.id] : [];
}
