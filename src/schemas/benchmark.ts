import { z } from 'zod';
import { IdSchema, TextSchema, SourcedSchema } from './common.ts';

/**
 * A benchmark comparison (content/benchmarks/<source>.yaml). Its figures live in the claim it points to,
 * so each number exists once; this record adds the setup and conditions.
 */
export const BenchmarkSchema = SourcedSchema.extend({
  /** What was measured, in our words, e.g. "JSON serialization throughput". */
  title: TextSchema,
  /** Metric id; the chart groups benchmarks by it. */
  metric: IdSchema,
  /** The claim that holds the figures. */
  claim: IdSchema,
  /** Test setup as the source gives it (suite, servers, hardware), in our words. */
  setup: TextSchema,
  /** Anything else that limits the result (workload, versions, "synthetic"). */
  conditions: TextSchema.optional(),
  /** Winner as the source declares it. */
  winner: z.enum(['django', 'node', 'tie']),
  /** The source's own note on the winner, e.g. "slight". */
  winnerNote: TextSchema.optional(),
});

export type Benchmark = z.output<typeof BenchmarkSchema>;
