import { Component, createRef } from 'preact';
import { computeCost, type RateLevel } from '../lib/cost/compute.ts';
import type { HiringModelLike } from '../lib/cost/hiring.ts';
import type { UsedRecord } from '../lib/cost/export.ts';
import { fieldValues, parseFields, parseQuery, serializeState, type CostState, type Field, type Issue } from '../lib/cost/state.ts';
import { ErrorSummary } from './cost/ErrorSummary.tsx';
import { Fields } from './cost/Fields.tsx';
import { Results } from './cost/Results.tsx';
import { Hiring } from './cost/Hiring.tsx';

export interface CostCalculatorProps {
  /** Hourly rates per seniority from the rate card. */
  levels: RateLevel[];
  /** Where the offshore rates apply, e.g. "India". */
  region: string;
  /** The source's hiring models. */
  models: HiringModelLike[];
  /** The scenario shown before any input (the rate card's worked example). */
  defaults: CostState;
  /** The records used, for the exports. */
  records: UsedRecord[];
  /** Level of the calculator's headings: 2 on its own page, 3 inside a page section. */
  level?: 2 | 3;
  /** Prefix of every element id, unique on the page. */
  uid: string;
}

interface State {
  /** The text of each field, as typed or as read from the address. */
  raw: Record<Field, string>;
  /** What reading the address changed; an entry goes once its field is edited. */
  linkIssues: Issue[];
  /** Outcome of the last button (copied, reset, saved). */
  note: string;
}

const linkFor = (state: CostState) => `${location.origin}${location.pathname}?${serializeState(state)}`;

/**
 * The team cost calculator. It renders the defaults first, exactly like the build-time HTML, then reads the
 * address; every edit writes the address back (replaceState), so the page's URL is always a link to the scenario.
 * A class rather than hooks: preact/hooks would add about 1.2 KB gzip to a page with a 15 KB budget.
 */
export class CostCalculator extends Component<CostCalculatorProps, State> {
  override state: State = { raw: fieldValues(this.props.defaults), linkIssues: [], note: '' };
  summary = createRef<HTMLDivElement>();
  focusSummary = false;

  override componentDidMount() {
    if (!location.search) return;
    const parsed = parseQuery(location.search, this.props.defaults);
    this.focusSummary = parsed.issues.length > 0;
    this.setState({ raw: fieldValues(parsed.state), linkIssues: parsed.issues });
  }

  override componentDidUpdate() {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    this.summary.current?.focus();
  }

  go(raw: Record<Field, string>, linkIssues: Issue[], note: string, url: string) {
    this.setState({ raw, linkIssues, note });
    history.replaceState(history.state, '', url + location.hash);
  }

  render({ levels, region, models, defaults, records, level = 2, uid }: CostCalculatorProps, { raw, linkIssues, note }: State) {
    const H = level === 2 ? 'h2' : 'h3';
    const { state, issues: typed } = parseFields(raw, defaults);
    const issues = [...linkIssues, ...typed];
    const result = computeCost(levels, state);
    const idOf = (f: Field) => `${uid}-${f}`;
    // Head-count fields sit under the legend "Developers per seniority"; the summary names them in full.
    const labelOf = (f: Field) =>
      f === 'stack' ? 'Stack' : f === 'hours' ? 'Hours per developer per month' : f === 'months' ? 'Duration in months' : (levels.find((l) => l.id === f)?.label ?? f);
    const fullLabel = (f: Field) => (f === 'stack' || f === 'hours' || f === 'months' ? labelOf(f) : `${labelOf(f)} developers`);
    const onChange = (f: Field, value: string) => {
      const next = { ...raw, [f]: value };
      this.go(next, linkIssues.filter((i) => i.field !== f), '', `?${serializeState(parseFields(next, defaults).state)}`);
    };
    const reset = () => this.go(fieldValues(defaults), [], 'Reset to the starting team.', location.pathname);
    const say = (text: string) => this.setState({ note: text });
    const copy = () => {
      const link = linkFor(state);
      // A missing clipboard (an insecure page) throws inside then(), so it takes the same path as a refusal.
      Promise.resolve()
        .then(() => navigator.clipboard.writeText(link))
        .then(
          () => say('Link copied.'),
          () => say(`Copying was blocked; the link is ${link}`),
        );
    };
    const save = async (kind: 'csv' | 'json') => {
      const [m, { download }] = await Promise.all([import('../lib/cost/export.ts'), import('../scripts/download.ts')]);
      const data = m.buildExport({ link: linkFor(state), state, result, levels, models, records });
      if (kind === 'csv') download('team-cost.csv', m.exportCsv(data), 'text/csv;charset=utf-8');
      else download('team-cost.json', `${JSON.stringify(data, null, 2)}\n`, 'application/json');
      say(`Saved team-cost.${kind}.`);
    };

    return (
      <div class="cc">
        {issues.length > 0 && <ErrorSummary issues={issues} idOf={idOf} labelOf={fullLabel} heading={H} boxRef={this.summary} />}
        <div class="cc-grid">
          <section class="cc-form" aria-labelledby={`${uid}-team`}>
            <H id={`${uid}-team`}>Your team</H>
            <Fields raw={raw} issues={issues} idOf={idOf} labelOf={labelOf} onChange={onChange} />
            <div class="cc-actions">
              <button type="button" onClick={copy}>Copy link</button>
              <button type="button" onClick={reset}>Reset</button>
              <button type="button" onClick={() => void save('csv')}>Export CSV</button>
              <button type="button" onClick={() => void save('json')}>Export JSON</button>
            </div>
            <p class="cc-note" aria-live="polite">
              {note}
            </p>
          </section>
          <Results state={state} result={result} levels={levels} region={region} changed={issues.length} heading={H} uid={uid} />
        </div>
        <Hiring state={state} models={models} heading={H} uid={uid} />
      </div>
    );
  }
}
