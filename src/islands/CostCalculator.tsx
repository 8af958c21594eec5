import { Component, createRef, type ComponentChildren } from 'preact';
import type { RateLevel } from '../lib/cost/compute.ts';
import { compareCost } from '../lib/cost/compare.ts';
import { summaryText } from '../lib/cost/words.ts';
import type { HiringModelLike } from '../lib/cost/hiring.ts';
import type { UsedRecord } from '../lib/cost/export.ts';
import type * as ReadModule from '../lib/cost/read.ts';
import {
  fieldLabels,
  fieldValues,
  serializeState,
  type CostState,
  type Field,
  type Issue,
  type RateSource,
  STACK_LABEL,
} from '../lib/cost/state.ts';
import { ErrorSummary } from './cost/ErrorSummary.tsx';
import { Fields } from './cost/Fields.tsx';
import { Results } from './cost/Results.tsx';
import { Hiring } from './cost/Hiring.tsx';

export interface CostCalculatorProps {
  /** Hourly rates per seniority from the rate card. */
  levels: RateLevel[];
  /** The source's hiring models. */
  models: HiringModelLike[];
  /** The scenario shown before any input (the rate card's worked example). */
  defaults: CostState;
  /** The records used, for the exports. */
  records: UsedRecord[];
  /**
   * Where each rate choice's rates come from, as static HTML from the page (one element per choice with
   * `data-rates`); CSS shows the one for the current choice inside the result.
   */
  children?: ComponentChildren;
  /** The label of each rate choice. */
  rateLabels: Record<RateSource, string>;
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

type Reader = typeof ReadModule;

const FAILED = 'That did not load; reload the page and try again.';
const linkFor = (state: CostState) => `${location.origin}${location.pathname}?${serializeState(state)}`;

/**
 * The team cost calculator. It renders the defaults first, exactly like the build-time HTML, then reads the
 * address; every edit writes the address back (replaceState), so the page's URL is always a link to the scenario.
 * The input reader (read.ts: parsing and every message about a changed value) loads on the first focus or edit,
 * or at once for a link with a query string: until then the state is the defaults, which need no reading.
 * A class rather than hooks: preact/hooks would add about 1.2 KB gzip to a page with a 15 KB budget.
 */
export class CostCalculator extends Component<CostCalculatorProps, State> {
  override state: State = { raw: fieldValues(this.props.defaults), linkIssues: [], note: '' };
  summary = createRef<HTMLDivElement>();
  focusSummary = false;

  reader?: Reader | undefined;
  loading?: Promise<Reader | undefined> | undefined;

  /** Loads the reader once and renders with it; a failed import says so and is tried again on the next edit. */
  load(): Promise<Reader | undefined> {
    this.loading ??= import('../lib/cost/read.ts').then(
      (m) => {
        this.reader = m;
        this.forceUpdate();
        return m;
      },
      () => {
        this.loading = undefined;
        this.setState({ note: FAILED });
        return undefined;
      },
    );
    return this.loading;
  }

  override componentDidMount() {
    if (!location.search) return;
    const before = this.state.raw;
    void this.load().then((m) => {
      // A reader who edited while it loaded keeps their edit.
      if (!m || this.state.raw !== before) return;
      const parsed = m.parseQuery(location.search, this.props.defaults);
      this.focusSummary = parsed.issues.length > 0;
      this.setState({ raw: fieldValues(parsed.state), linkIssues: parsed.issues });
    });
  }

  override componentDidUpdate() {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    this.summary.current?.focus();
  }

  go(raw: Record<Field, string>, linkIssues: Issue[], note: string, url?: string) {
    this.setState({ raw, linkIssues, note });
    if (url) history.replaceState(history.state, '', url + location.hash);
  }

  render(
    { levels, models, defaults, records, children, rateLabels, level = 2, uid }: CostCalculatorProps,
    { raw, linkIssues, note }: State,
  ) {
    const H = level === 2 ? 'h2' : 'h3';
    const { state, issues: typed } = this.reader?.parseFields(raw, defaults) ?? { state: defaults, issues: [] };
    const issues = [...linkIssues, ...typed];
    const cmp = compareCost(levels, state);
    const idOf = (f: Field) => `${uid}-${f}`;
    // Head counts and own rates sit under a legend naming their group: their field shows the seniority alone.
    // Each input's full name, for the error summary and the result (its field shows the seniority alone): worked
    // out from the levels here rather than sent in the props, where it cost every embedding page about 0.2 KB.
    const labels = fieldLabels(levels);
    const labelOf = (f: Field) => levels.find((l) => f.endsWith(l.id))?.label ?? labels[f];
    const fullLabel = (f: Field) => labels[f];
    const used = issues.map(
      (i) =>
        `${fullLabel(i.field)}: ${i.field === 'rates' ? rateLabels[state.rates] : i.field === 'stack' ? STACK_LABEL[state.stack] : state[i.field]}`,
    );
    const onChange = (f: Field, value: string) => {
      const next = { ...raw, [f]: value };
      this.go(
        next,
        linkIssues.filter((i) => i.field !== f),
        '',
      );
      void this.load().then(
        (m) =>
          m &&
          history.replaceState(
            history.state,
            '',
            `?${serializeState(m.parseFields(next, defaults).state)}${location.hash}`,
          ),
      );
    };
    const reset = () => this.go(fieldValues(defaults), [], 'Reset to the starting team.', location.pathname);
    const say = (text: string) => this.setState({ note: text });
    // The first click loads the code behind the buttons; an import that fails says so instead of doing nothing.
    const act = (kind: 'copy' | 'csv' | 'json') =>
      import('./cost/actions.ts').then(
        (m) =>
          kind === 'copy'
            ? m.copyLink(linkFor(state), say)
            : m.save(kind, { link: linkFor(state), state, cmp, levels, models, records }, say),
        () => say(FAILED),
      );
    return (
      <div class="cc" data-rates={state.rates} onFocusCapture={() => void this.load()}>
        {issues.length > 0 && (
          <ErrorSummary issues={issues} idOf={idOf} labelOf={fullLabel} heading={H} boxRef={this.summary} />
        )}
        <div class="cc-grid">
          <section class="cc-form" aria-labelledby={`${uid}-team`}>
            <H id={`${uid}-team`}>Your team</H>
            {/* Phones only (CSS): there the result sits below the whole form, so its gist and a way to it come first.
                In the build-time HTML too: added on hydration, it pushed the form down (a layout shift). */}
            <p class="cc-jump">
              {summaryText(cmp)} <a href={`#${uid}-result`}>See the full result</a>
            </p>
            <Fields
              raw={raw}
              issues={issues}
              idOf={idOf}
              labelOf={labelOf}
              rateLabels={rateLabels}
              onChange={onChange}
            />
            <div class="cc-actions">
              <button type="button" onClick={() => void act('copy')}>
                Copy link
              </button>
              <button type="button" onClick={reset}>
                Reset
              </button>
              <button type="button" onClick={() => void act('csv')}>
                Export CSV
              </button>
              <button type="button" onClick={() => void act('json')}>
                Export JSON
              </button>
            </div>
            <p class="cc-note" aria-live="polite">
              {note}
            </p>
          </section>
          <Results state={state} cmp={cmp} levels={levels} disclosure={children} used={used} heading={H} uid={uid} />
        </div>
        {cmp.headcount > 0 && <Hiring state={state} models={models} heading={H} />}
      </div>
    );
  }
}
