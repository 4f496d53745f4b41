import type { ProgressFigureSet } from '@duban/domain';

/** The per-department figures (and their roll-ups): the domain's one definition (`tallyProgress`). */
export type ProgressFigures = ProgressFigureSet;

export interface UnitProgressFigures extends ProgressFigures {
  unitId: string;
  unitName: string;
  unitKind: string;
}

export interface AreaProgressFigures extends ProgressFigures {
  area: string;
}

export interface ProgressReport {
  units: UnitProgressFigures[];
  areas: AreaProgressFigures[];
  totals: ProgressFigures;
}
