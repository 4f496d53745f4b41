/** Injection token of the `ProcessManagerSettings`. */
export const PROCESS_MANAGER_SETTINGS = Symbol('PROCESS_MANAGER_SETTINGS');
