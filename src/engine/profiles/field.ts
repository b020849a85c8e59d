/**
 * How a profile field is declared: its zod schema (type, limits and `.default()`) with the
 * Chinese name and meaning a bureau reads in docs/配置说明.md and in every message about it.
 *
 * A new field is a small file beside this one exporting `profileField(z…default(…), { title,
 * description })`, and one line in schema.ts's `profileShape`; the `Profile` type, the defaults,
 * the doc and the messages all follow from it.
 */
import { z } from 'zod';

export interface FieldMeta {
  /** A few Chinese words: 金额单位. */
  title: string;
  /** What the field means and, for one left out, what is assumed; one or two Chinese sentences. */
  description: string;
  /** The rules whose findings follow this setting: a finding by a bureau's value says so (provenance.ts). */
  rules?: readonly string[];
}

/** The schema with its Chinese metadata. `.meta()` goes last: `.default()` after it would drop it. */
export function profileField<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta });
}

/** The Chinese metadata a field was declared with, if any. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  const meta = z.globalRegistry.get(schema);
  if (meta?.title === undefined) return undefined;
  const rules = meta.rules as readonly string[] | undefined;
  return { title: meta.title, description: meta.description ?? '', ...(rules ? { rules } : {}) };
}
