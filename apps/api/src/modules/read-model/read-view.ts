import { districtInstant } from '../../core/projection/district-time.js';
import type { UnitRow } from '../units/projections/unit-row.js';

/**
 * What a query's answer depends on besides the rows: the time it is asked for (now, or the as-of
 * time), the yellow window, and unit names. Overdue and traffic lights are derived from it.
 */
export class ReadView {
  /** `at` in district time, as the domain's deadline helpers expect. */
  readonly nowIso: string;

  constructor(
    readonly at: Date,
    readonly yellowDays: number,
    private readonly units: ReadonlyMap<string, UnitRow>,
    /** Set when answering as of a past time. */
    readonly asOf: Date | null = null,
  ) {
    this.nowIso = districtInstant(at);
  }

  unitName(unitId: string | null | undefined): string | null {
    return unitId ? (this.units.get(unitId)?.name ?? null) : null;
  }

  allUnits(): UnitRow[] {
    return [...this.units.values()];
  }
}
