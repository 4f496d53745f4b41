/** Event stream holding one task list and its membership. */
export const taskListStream = (listId: string): string => `tasklist-${listId}`;
