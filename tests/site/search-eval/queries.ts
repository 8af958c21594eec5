// Reader-style queries with the records that answer them (their anchor ids; a topic page by its path), written the
// way readers type: keywords, full questions, typos, and their own words for what the records call otherwise.
// A query passes when its first result is one of its records. Disagreements are listed by their ids before and after
// synthesis v2 (issue 13: "conflict-…" became "position-…", "figure-…", "ratio-…").

export interface EvalQuery {
  q: string;
  /** Anchor ids (or a topic path such as "/topics/security/") of the records that answer it. */
  answers: string[];
  /** What the query tests, for the report. */
  kind: 'keywords' | 'question' | 'typo' | 'synonym';
}

export const evalQueries: EvalQuery[] = [
  {
    q: 'djnago async',
    kind: 'typo',
    answers: [
      'fo-faq-django-async',
      'fo-django-async-since-4-1',
      'fo-history-django-async-4-1',
      'hb-comparison-async-support',
    ],
  },
  {
    q: 'is node quicker than django',
    kind: 'question',
    answers: [
      'bg-faq-is-node-faster',
      'hb-faq-raw-performance',
      'fo-myth-node-faster',
      'conflict-performance',
      'position-performance',
    ],
  },
  {
    q: 'how many websocket connections can one server hold',
    kind: 'question',
    answers: [
      'conflict-concurrent-connections-node',
      'ratio-concurrent-connections',
      'conflict-concurrent-connections-django',
      'wit-bench-websocket',
      'wit-benchmarks-websocket-connections',
      'fo-choose-node-many-connections',
    ],
  },
  {
    q: 'socket.io chat',
    kind: 'synonym',
    answers: [
      'wit-dm-realtime-chat',
      'hb-socketio-realtime',
      'bg-faq-django-realtime',
      'hb-faq-django-realtime',
      'wit-decision-matrix-realtime-chat',
      'hb-decision-matrix-realtime-chat',
      'fo-choose-node-realtime-core',
      'bg-node-for-realtime-apps',
    ],
  },
  {
    q: 'lambda cold start',
    kind: 'synonym',
    answers: [
      'wit-skip-django-serverless',
      'wit-bench-cold-start',
      'wit-benchmarks-cold-start',
      'wit-cold-start',
      'conflict-startup-time-node',
      'conflict-startup-time-django',
      'wit-avoid-django-serverless-first',
    ],
  },
  { q: 'senior developer salary india', kind: 'synonym', answers: ['wit-rate-card-senior'] },
  { q: 'junior dev hourly price', kind: 'synonym', answers: ['wit-rate-card-junior'] },
  {
    q: 'does instagram run django',
    kind: 'question',
    answers: [
      'wit-production-users',
      'hb-both-scale-massively',
      'trio-django-named-users',
      'bg-production-users',
      'wit-glance-adopters',
      'bg-adopter-django-instagram',
      'hb-instagram',
      'trio-adopter-instagram',
      'wit-instagram',
      'bg-instagram-scale-investment',
      'bg-instagram-bottleneck-not-language',
    ],
  },
  {
    q: 'netflix node',
    kind: 'keywords',
    answers: ['bg-adopter-node-netflix', 'hb-netflix', 'trio-adopter-netflix', 'wit-netflix'],
  },
  { q: 'kubernates deploy', kind: 'typo', answers: ['hb-faq-k8s-deploy', 'hb-matrix-microservices'] },
  {
    q: 'ecomerce site',
    kind: 'typo',
    answers: [
      'hb-faq-ecommerce',
      'conflict-ecommerce-cms',
      'position-ecommerce-cms',
      'hb-decision-matrix-ecommerce-cms',
      'wit-decision-matrix-ecommerce-payments',
      '/topics/ecommerce-cms/',
    ],
  },
  { q: 'typescript support', kind: 'keywords', answers: ['hb-faq-typescript'] },
  { q: 'is hosting django more expensive', kind: 'synonym', answers: ['hb-faq-hosting-cost'] },
  { q: 'docker image size', kind: 'keywords', answers: ['hb-bench-image-size', 'hb-faq-container-size'] },
  {
    q: 'which one is easier to learn',
    kind: 'question',
    answers: [
      'bg-faq-beginners',
      'hb-faq-beginners',
      'bg-core-differences-learning-curve',
      'wit-at-a-glance-learning-curve',
    ],
  },
  {
    q: 'json requests per second',
    kind: 'keywords',
    answers: [
      'hb-prose-json-throughput',
      'hb-table-json-throughput',
      'hb-bench-json-throughput',
      'wit-bench-json',
      'conflict-json-throughput-node',
      'figure-json-throughput-setups',
      'ratio-json-throughput',
      'conflict-json-throughput-django',
      'wit-benchmarks-json-serialization',
    ],
  },
  {
    q: 'orm joins 20 tables',
    kind: 'keywords',
    answers: ['wit-bench-orm-joins', 'wit-benchmarks-complex-orm-joins', 'wit-bench-join-ratio'],
  },
  {
    q: 'ml model inference speed',
    kind: 'keywords',
    answers: ['wit-bench-ml-inference', 'wit-benchmarks-ml-inference'],
  },
  { q: 'uploading files', kind: 'keywords', answers: ['wit-bench-file-upload', 'wit-benchmarks-file-upload'] },
  {
    q: 'can i combine django and node in one project',
    kind: 'question',
    answers: [
      'bg-hybrid-architecture',
      'bg-faq-use-together',
      'fo-faq-use-both',
      'bg-hybrid-node-realtime-django-logic',
      'fo-polyglot-split',
      'wit-polyglot-when-even',
    ],
  },
  { q: 'how long does it take to switch from django to node', kind: 'question', answers: ['fo-faq-switch-time'] },
  { q: 'express vs django', kind: 'keywords', answers: ['fo-faq-express-vs-django'] },
  { q: 'job market 2026', kind: 'synonym', answers: ['bg-faq-job-markets', 'bg-faq-job-prospects-2026'] },
  { q: 'best for a saas startup', kind: 'question', answers: ['bg-faq-saas', 'bg-node-for-saas-startups'] },
  {
    q: 'built in admin panel',
    kind: 'keywords',
    answers: [
      'bg-django-admin-saves-days',
      'wit-avoid-node-admin-needed-now',
      'wit-at-a-glance-admin-panel',
      'fo-choose-django-auth-admin',
    ],
  },
  {
    q: 'cpu heavy work',
    kind: 'keywords',
    answers: [
      'bg-node-cpu-weakness',
      'bg-table-django-cpu-lag',
      'wit-avoid-node-cpu-bound',
      'bg-con-node-cpu',
      'conflict-cpu-bound-work',
    ],
  },
  {
    q: 'fintech regulation',
    kind: 'synonym',
    answers: [
      'wit-dm-regulatory-compliance',
      'wit-avoid-node-strict-security',
      'wit-decision-matrix-regulatory-compliance',
      'bg-django-for-compliance',
    ],
  },
  {
    q: 'our team only knows javascript',
    kind: 'question',
    answers: [
      'wit-skip-django-js-only-team',
      'wit-avoid-django-js-only-team',
      'fo-choose-node-js-team',
      'bg-node-for-js-teams',
    ],
  },
  {
    q: 'when was django first created',
    kind: 'question',
    answers: ['trio-hist-django-2003', 'fo-history-django-since-2005', 'trio-hist-django-newsroom'],
  },
  { q: 'who wrote node.js', kind: 'question', answers: ['trio-hist-node-2009'] },
  { q: 'why is django called django', kind: 'question', answers: ['trio-django-name', 'trio-hist-django-name'] },
  { q: 'npm package quality', kind: 'keywords', answers: ['bg-con-node-package-quality', 'bg-npm-package-quality'] },
  {
    q: 'how many packages on npm',
    kind: 'question',
    answers: ['conflict-package-count-node', 'wit-package-counts', 'bg-npm-package-quality'],
  },
  {
    q: 'microservices',
    kind: 'keywords',
    answers: [
      'hb-faq-microservices',
      'bg-node-for-microservices-apis',
      'hb-decision-matrix-microservices',
      '/topics/microservices-serverless/',
    ],
  },
  {
    q: 'is django secure by default',
    kind: 'question',
    answers: [
      'bg-pro-django-security',
      'wit-at-a-glance-security-defaults',
      'bg-core-differences-security',
      'bg-django-security-defaults',
    ],
  },
  {
    q: '10k concurrent connections',
    kind: 'keywords',
    answers: ['wit-threshold-10k-connections', 'fo-choose-node-many-connections'],
  },
  {
    q: 'database queries per second',
    kind: 'keywords',
    answers: [
      'hb-bench-db-ops',
      'wit-bench-db-single',
      'conflict-db-query-throughput-django',
      'figure-db-query-throughput-setups',
      'ratio-db-query-throughput',
      'conflict-db-query-throughput-node',
      'wit-benchmarks-database-queries-single',
    ],
  },
  {
    q: 'staff augmentation monthly cost',
    kind: 'keywords',
    answers: ['wit-hire-staff-augmentation', 'wit-hiring-models-staff-augmentation'],
  },
  { q: 'hiring on upwork', kind: 'keywords', answers: ['wit-hire-freelance', 'wit-hiring-models-freelance'] },
  {
    q: 'mvp in under two months',
    kind: 'synonym',
    answers: ['hb-matrix-mvp-timeline', 'wit-decision-matrix-rapid-mvp', 'hb-decision-matrix-mvp-timeline'],
  },
  { q: 'iot data streaming', kind: 'keywords', answers: ['wit-decision-matrix-iot-streaming'] },
  {
    q: 'develpment speed',
    kind: 'typo',
    answers: ['bg-core-differences-development-speed', 'bg-pro-django-dev-speed', '/topics/development-speed/'],
  },
  { q: 'node 24 lts', kind: 'keywords', answers: ['hb-node-24-lts', 'hb-node-24-lts-start'] },
  {
    q: 'django 6 release date',
    kind: 'question',
    answers: ['hb-current-releases', 'hb-django-6-release', 'hb-comparison-release'],
  },
];
