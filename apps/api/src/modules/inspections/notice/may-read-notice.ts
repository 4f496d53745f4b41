import type { Actor, NoticeUnitSection } from '@duban/domain';

/**
 * Who may export an issued notice (通报). The office, inspectors, leaders and administrators read every
 * notice; a unit officer reads one only when the notice names the officer's unit, because a notice
 * lists other units' problems and is circulated to the units concerned.
 */
export const mayReadNotice = (
  actor: Actor,
  notice: { content: { units: readonly Pick<NoticeUnitSection, 'unitId'>[] } },
): boolean => {
  switch (actor.role) {
    case 'DISTRICT_OFFICE':
    case 'INSPECTOR':
    case 'LEADER':
    case 'SYSTEM_ADMIN':
      return true;
    case 'UNIT_OFFICER':
      return actor.unitId != null && notice.content.units.some((unit) => unit.unitId === actor.unitId);
    default: {
      const unexpected: never = actor.role;
      return unexpected;
    }
  }
};
