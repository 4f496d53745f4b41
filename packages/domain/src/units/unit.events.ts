/** Kinds of responsible unit: district departments (区直部门) and townships/streets (乡镇(街道)). */
export const UNIT_KINDS = ['DEPARTMENT', 'TOWNSHIP'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type UnitRegistered = {
  type: 'UnitRegistered';
  data: { unitId: string; name: string; kind: UnitKind; registeredAt: string };
};

export type UnitRenamed = {
  type: 'UnitRenamed';
  data: { unitId: string; oldName: string; newName: string; renamedAt: string };
};

/** A retired unit keeps its history but takes no new tasks or handoffs. */
export type UnitRetired = {
  type: 'UnitRetired';
  data: { unitId: string; name: string; kind: UnitKind; reason: string; retiredAt: string };
};

export type UnitEvent = UnitRegistered | UnitRenamed | UnitRetired;
