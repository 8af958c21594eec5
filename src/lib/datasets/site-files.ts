import type { SitePage } from './site-pages.ts';
import type { UrlOf } from './definitions.ts';

/** Escapes text for an XML element. */
function xmlText(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] ?? ''};`,
  );
}

/** sitemap.xml (sitemaps.org 0.9): one <loc> per canonical page, absolute, with its trailing slash. */
export function sitemapXml(pages: readonly SitePage[], urlOf: UrlOf): string {
  const urls = pages.map((p) => `  <url><loc>${xmlText(urlOf(p.path))}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; points at the sitemap. */
export function robotsTxt(urlOf: UrlOf): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${urlOf('/sitemap.xml')}`, ''].join('\n');
}

/** One dataset as /llms.txt lists it. */
export interface LlmsDataset {
  title: string;
  description: string;
  count: number;
  json: string;
  csv: string;
  schema: string;
}

/** What /llms.txt needs besides the pages. */
export interface LlmsInput {
  siteName: string;
  /** One-paragraph summary of the site. */
  summary: string;
  /** Plain notes for tools (licence, how figures are kept). */
  notes: readonly string[];
  pages: readonly SitePage[];
  datasets: readonly LlmsDataset[];
}

/** /llms.txt in the llmstxt.org layout: a title, a quoted summary, notes, then sections of Markdown links. */
export function llmsTxt(input: LlmsInput, urlOf: UrlOf): string {
  const lines = [`# ${input.siteName}`, '', `> ${input.summary}`, '', ...input.notes.map((n) => `- ${n}`)];
  for (const group of ['Pages', 'Sources', 'Topics', 'Tools'] as const) {
    const pages = input.pages.filter((p) => p.group === group);
    if (pages.length === 0) continue;
    lines.push('', `## ${group}`, '', ...pages.map((p) => `- [${p.title}](${urlOf(p.path)}): ${p.summary}`));
  }
  lines.push('', '## Datasets', '');
  for (const d of input.datasets) {
    const records = `${d.count} record${d.count === 1 ? '' : 's'}`;
    lines.push(
      `- [${d.title}](${urlOf(d.json)}): ${d.description} ${records}. CSV: ${urlOf(d.csv)} JSON Schema: ${urlOf(d.schema)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
