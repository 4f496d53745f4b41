import type { UnitEvent } from '@duban/domain';
import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { UNITS_TABLE } from './units.table.js';

const TYPES: ReadonlySet<string> = new Set<UnitEvent['type']>([
  'UnitRegistered',
  'UnitRenamed',
  'UnitRetired',
]);

/** Units (区直部门, 乡镇(街道)): names for every other screen, and which ones still take tasks. */
export const unitsProjection: FoldSpec = {
  name: 'units',
  version: 1,
  tables: [UNITS_TABLE],
  handles: TYPES,
  reads: (event) => [[UNITS_TABLE, (event.data as { unitId: string }).unitId]],
  fold(raw: ReadAllEvent, store) {
    const event = { type: raw.type, data: raw.data } as UnitEvent;
    const current = store.get(UNITS_TABLE, event.data.unitId);
    switch (event.type) {
      case 'UnitRegistered':
        store.put(UNITS_TABLE, event.data.unitId, {
          unitId: event.data.unitId,
          name: event.data.name,
          kind: event.data.kind,
          retired: false,
          registeredAt: event.data.registeredAt,
          retiredAt: null,
        });
        return;
      case 'UnitRenamed':
        if (current) store.put(UNITS_TABLE, current.unitId, { ...current, name: event.data.newName });
        return;
      case 'UnitRetired':
        if (current)
          store.put(UNITS_TABLE, current.unitId, {
            ...current,
            retired: true,
            retiredAt: event.data.retiredAt,
          });
        return;
      default: {
        const never: never = event;
        return never;
      }
    }
  },
};
