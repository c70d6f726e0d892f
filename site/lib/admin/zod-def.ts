/**
 * Reading a zod schema's definition (`_zod.def`): its type ("object", "optional", "pipe"…) and the
 * parts that type has. The editor's generator and its pre-save cleaner walk schemas with it.
 */
export type ZodDef = { type: string; [key: string]: unknown };

export const defOf = (schema: unknown): ZodDef => (schema as { _zod: { def: ZodDef } })._zod.def;
