/** Event stream holding one unit's registry entry. */
export const unitStream = (unitId: string): string => `unit-${unitId}`;
