/** One stream per finding, so units rectify findings of one inspection without contending on one stream. */
export const findingStream = (findingId: string): string => `finding-${findingId}`;
