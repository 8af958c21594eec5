import { z } from 'zod';
import { TextSchema, SideSchema, FigureSchema, SourcedSchema } from './common.ts';

/** A company a source names as a production user (content/adopters/<source>.yaml). */
export const AdopterSchema = SourcedSchema.extend({
  /** Company name as printed. */
  company: TextSchema,
  /** Which stack it is named for. */
  side: SideSchema,
  /** What it uses the stack for, as stated (short). Omitted where the source says nothing. */
  usage: TextSchema.optional(),
  /** Scale figure as stated (users, subscribers, rides), if any. */
  scale: FigureSchema.optional(),
});

export type Adopter = z.output<typeof AdopterSchema>;
