/** Event stream holding one task's whole life. */
export const taskStream = (taskId: string): string => `task-${taskId}`;
