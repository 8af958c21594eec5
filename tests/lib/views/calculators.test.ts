import { describe, expect, test } from 'vitest';
import { costCalculatorView, costPageView } from '../../../src/lib/views/cost.ts';
import { dataPageView } from '../../../src/lib/views/data.ts';
import { claim, contextOf, hiringModel, kbOf, metric, rateCard, table } from '../fixtures/kb.ts';

const kb = kbOf({
  metrics: [metric('rps', 'req/s', { tolerance: 0.05 }), metric('cost', 'USD/month', { higherIsBetter: false })],
  claims: [claim('r1', 'alpha', 'django', { locator: 'rates', topics: ['people'] })],
  tables: [
    table('rates', 'alpha', { locator: 'rates' }),
    table('models', 'alpha', {
      locator: 'hiring',
      rows: [
        { id: 'agency', cells: { aspect: 'Agency', django: 'x' }, claims: [] },
        { id: 'freelance', cells: { aspect: 'Freelance', django: 'y' }, claims: [] },
      ],
    }),
  ],
  rateCards: [rateCard('card', 'alpha', { locator: 'rates' })],
  hiringModels: [
    hiringModel('m-freelance', 'alpha', { locator: 'hiring', name: 'Freelance' }),
    hiringModel('m-agency', 'alpha', { locator: 'hiring', name: 'Agency', costBasis: { kind: 'team', teamSize: 4 } }),
  ],
});
const ctx = contextOf(kb);

describe('costCalculatorView', () => {
  const view = costCalculatorView(ctx);

  test('hiring models in the order of their table, and the records the exports cite, absolutely', () => {
    expect(view.island.models.map((m) => m.id)).toEqual(['m-agency', 'm-freelance']);
    expect(view.island.records).toEqual([
      {
        source: 'alpha',
        record: 'card',
        kind: 'rate card',
        url: 'https://example.org/kb/sources/alpha/#rates',
      },
      {
        source: 'alpha',
        record: 'models',
        kind: 'hiring models',
        url: 'https://example.org/kb/sources/alpha/#models',
      },
    ]);
    expect(view.rates.href).toBe('/kb/sources/alpha/#rates');
    expect(view.hiringTable.href).toBe('/kb/sources/alpha/#models');
  });

  test('the starting team and how the models are priced, in words', () => {
    expect(view.start).toEqual({ team: '2 developers', level: 'Mid', stack: 'Django', hours: 160, months: 12 });
    expect(view.perDeveloper).toBe('Freelance');
    expect(view.teams).toBe('a team of 4 for Agency');
    expect(view.island.defaults).toMatchObject({ stack: 'django', rates: 'india', mid: 2 });
  });

  test('the disclosure names the seller and the age of its rates, for each rate choice', () => {
    expect(Object.keys(view.disclosure)).toEqual(['india', 'us', 'own']);
    expect(view.disclosure.india).toMatch(/staffing firm that sells offshore developers in India/);
    expect(view.disclosure.india).toMatch(/20\d\d is the newest year it cites/);
    expect(view.island.labels['django-mid']).toBe('Django rate, Mid');
    expect(view.island.labels.mid).toBe('Mid developers');
  });

  test('check the math: stable ids from the rate card, figures formatted', () => {
    expect(view.check.uid).toBe('card');
    expect(view.check.youSave.id).toBe('card-check-you-save-t');
    expect(view.check.youSave.rows).toHaveLength(4);
    expect(view.check.example.table.caption).toBe('The worked example: 2 developers, Mid, Django, 160 hours a month');
    expect(view.check.example.table.rows.map((r) => r[0])).toEqual([
      'Per month in India',
      'Per month at US rates',
      'Savings per year, like for like',
      'Savings per year, extreme pairing',
    ]);
    expect(view.check.premium.stated).toBe('5–10%');
  });

  test('an unknown rate card fails the build', () => {
    expect(() => costCalculatorView(ctx, 'nope')).toThrow('no rate card "nope"');
  });
});

test('costPageView: the calculator of the first rate card', () => {
  const view = costPageView(ctx);
  expect(view.calculator.id).toBe('card');
});

test('dataPageView: every dataset with finished links, counts in words and the metric tolerances', () => {
  const view = dataPageView(ctx);
  const claims = view.datasets.find((d) => d.name === 'claims');
  expect(claims?.files).toEqual({
    json: '/kb/data/claims.json',
    csv: '/kb/data/claims.csv',
    schema: '/kb/data/schema/claims.json',
  });
  expect(claims?.records).toBe('1 record');
  expect(claims?.sources.map((s) => [s.badge.short, s.records])).toEqual([['Alpha', '1 record']]);
  expect(view.metrics).toEqual([
    { id: 'metric-rps', title: 'Metric rps', unit: 'req/s', tolerance: '5 %', better: 'higher' },
    { id: 'metric-cost', title: 'Metric cost', unit: 'USD/month', tolerance: '10 %', better: 'lower' },
  ]);
  expect(view.llms).toBe('/kb/llms.txt');
});
