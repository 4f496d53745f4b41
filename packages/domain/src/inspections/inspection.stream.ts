/** One stream per inspection. */
export const inspectionStream = (inspectionId: string): string => `inspection-${inspectionId}`;
