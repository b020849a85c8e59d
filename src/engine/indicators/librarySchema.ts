/**
 * The shape of the built-in indicator library (library.ts): test/engine/indicators.test.ts
 * validates the library by it, and it gives the library its types. Kept apart from the data so
 * that loading the library (every host does, through the engine's index) loads no zod.
 */
import { z } from 'zod';
import { entryUnitError, indicatorEntrySchema } from '../profiles/indicators';
import { INDICATOR_SOURCES, LIBRARY_LEVEL2, type SourceId } from './library';

/** The published forms the library is drawn from: a transcribed seed or a corpus entry. */
export const sourceSchema = z
  .object({
    /** Where it is transcribed in this repository. */
    file: z.string().regex(/^examples\/(source|corpus)\/[a-z0-9-]+\.json$/),
    place: z.string().min(1),
    title: z.string().min(1),
    /** The page it was transcribed from; the seeds were handed over as documents, without one. */
    url: z.url().optional(),
  })
  .strict();

export type IndicatorSource = z.output<typeof sourceSchema>;

export const libraryEntrySchema = indicatorEntrySchema
  .extend({
    level2: z.enum(LIBRARY_LEVEL2),
    /** The sector an indicator belongs to; absent for a common (共性) indicator. */
    sector: z.string().min(1).optional(),
    source: z.enum(Object.keys(INDICATOR_SOURCES) as [SourceId, ...SourceId[]]),
    /** The 三级 name as the source prints it, where the library's name is more general. */
    printed: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    const unitError = entryUnitError(entry, []);
    if (unitError) context.addIssue({ code: 'custom', message: `${entry.name}：${unitError}` });
  });

export type LibraryEntry = z.output<typeof libraryEntrySchema>;

/** The library as a whole: its sources, and entries that name one of them. */
export const librarySchema = z
  .object({ sources: z.record(z.string(), sourceSchema), entries: z.array(libraryEntrySchema) })
  .strict();
