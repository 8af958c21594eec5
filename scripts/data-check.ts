// Validates content/ against the schemas and the cross-record checks. Exit 1 on any problem.
import { readKnowledgeBase } from '../src/lib/content/read.ts';
import { ContentError } from '../src/lib/content/parse.ts';
import { checkIntegrity } from '../src/lib/content/integrity.ts';

try {
  const kb = readKnowledgeBase();
  const errors = checkIntegrity(kb);
  for (const e of errors) console.error(`- ${e}`);
  const total = Object.values(kb).reduce((n, list) => n + list.length, 0);
  console.log(errors.length ? `${errors.length} integrity problem(s)` : `content OK: ${total} records`);
  process.exit(errors.length ? 1 : 0);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
