// Catalogues are nested objects of strings; a secondary locale may leave any of them out.
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
