import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { kinds, type KindName } from './schemas/index.ts';
import { readKind } from './lib/content/read.ts';

/**
 * Loads one kind from content/<folder>/ through the same reader the tests and scripts use, so a bad record
 * fails the build with our message (file, record id, field, what was expected).
 */
function kbLoader(kind: KindName): Loader {
  return {
    name: `kb-${kind}`,
    load: async (context) => {
      const { store } = context;
      store.clear();
      for (const record of readKind(kind)) {
        const data = await context.parseData({ id: record.id, data: record });
        store.set({ id: record.id, data });
      }
    },
  };
}

const define = (kind: KindName) => defineCollection({ loader: kbLoader(kind), schema: kinds[kind].schema });

export const collections = {
  sources: define('sources'),
  topics: define('topics'),
  dimensions: define('dimensions'),
  metrics: define('metrics'),
  claims: define('claims'),
  tables: define('tables'),
  rateCards: define('rateCards'),
  hiringModels: define('hiringModels'),
  benchmarks: define('benchmarks'),
  adopters: define('adopters'),
  whenNot: define('whenNot'),
  guidance: define('guidance'),
  prosCons: define('prosCons'),
  faqs: define('faqs'),
  history: define('history'),
  decisionRules: define('decisionRules'),
};
