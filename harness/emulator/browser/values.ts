/** A plain object (not null, not an array): what merchant arguments and API bodies are read as. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
