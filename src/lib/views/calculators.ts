import { paths } from '../routes.ts';
import type { ViewContext } from './context.ts';

/** /calculators/: a card per calculator. */
export function calculatorsIndexView(ctx: ViewContext): { id: string; href: string; title: string; text: string }[] {
  return [
    {
      id: 'cost',
      href: ctx.href(paths.cost),
      title: 'Team cost calculator',
      text: 'Turns a published rate card into a monthly and yearly budget for a Django or Node.js team, against US rates, and checks the publisher’s own figures. Results can be shared as a link or exported as CSV and JSON.',
    },
    {
      id: 'decision',
      href: ctx.href(paths.decision),
      title: 'Decision calculator',
      text: 'Weighs what your project needs against the sources’ decision guidance and shows which way it points, and why.',
    },
  ];
}

/** /calculators/decision/: the search filters of every record the rules cite, and the pages its prose links. */
export function decisionPageView(ctx: ViewContext): {
  whenNotHref: string;
  compareHref: string;
  costHref: string;
} {
  return {
    whenNotHref: ctx.href(paths.whenNot),
    compareHref: ctx.href(paths.compare),
    costHref: ctx.href(paths.cost),
  };
}

/** The 404 page: the search form's target and the main ways in. */
export function notFoundView(ctx: ViewContext): { searchAction: string; ways: { href: string; text: string }[] } {
  return {
    searchAction: ctx.href(paths.search),
    ways: [
      { path: paths.search, text: 'Search the knowledge base' },
      { path: paths.compare, text: 'The comparison matrix' },
      { path: paths.faq, text: 'Frequently asked questions' },
      { path: paths.topics, text: 'Topics' },
      { path: paths.calculators, text: 'Calculators' },
      { path: paths.home, text: 'Home page' },
    ].map((w) => ({ href: ctx.href(w.path), text: w.text })),
  };
}

/** What the decision calculator's wrapper needs: where the island fetches its model when it hydrates. */
export function decisionCalculatorView(ctx: ViewContext): { modelUrl: string } {
  return { modelUrl: ctx.href(paths.decisionModel) };
}
