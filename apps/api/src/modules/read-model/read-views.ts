import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { Clock } from '../../core/clock/clock.js';
import type { MemoryFoldStore } from '../../core/projection/fold-store.js';
import { Projector } from '../../core/projection/projector.js';
import { ReadTables } from '../../core/projection/read-tables.js';
import type { UnitRow } from '../units/projections/unit-row.js';
import { UNITS_TABLE } from '../units/projections/units.table.js';
import { ReadView } from './read-view.js';

/** How long another instance's unit rename may take to show in names elsewhere. */
const UNIT_CACHE_MS = 1000;

/** Builds the `ReadView` of a request: the clock's now (or an as-of time) and the unit names. */
@Injectable()
export class ReadViews {
  private units: { at: number; map: Map<string, UnitRow> } | null = null;

  constructor(
    private readonly tables: ReadTables,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    projector: Projector,
  ) {
    projector.onCommitted((name) => {
      if (name === 'units') this.units = null;
    });
    projector.onRebuilt(() => {
      this.units = null;
    });
  }

  now(): Date {
    return this.clock.now();
  }

  async current(): Promise<ReadView> {
    return new ReadView(this.clock.now(), this.config.yellowDays, await this.unitMap());
  }

  /** A past time with today's unit names (for one task or finding, whose stream holds no units). */
  async at(asOf: Date): Promise<ReadView> {
    return new ReadView(asOf, this.config.yellowDays, await this.unitMap(), asOf);
  }

  private async unitMap(): Promise<Map<string, UnitRow>> {
    const fresh = this.units && Date.now() - this.units.at < UNIT_CACHE_MS ? this.units : null;
    if (fresh) return fresh.map;
    const map = new Map((await this.tables.docs(UNITS_TABLE)).map((u) => [u.unitId, u]));
    this.units = { at: Date.now(), map };
    return map;
  }

  /** The view of a past time, with the units as they were then. */
  asOf(at: Date, folded: MemoryFoldStore): ReadView {
    const map = new Map(folded.all(UNITS_TABLE).map((u) => [u.unitId, u]));
    return new ReadView(at, this.config.yellowDays, map, at);
  }
}
