// A class component written with h() rather than hooks and JSX: neither Preact's hooks module nor its JSX runtime
// is downloaded, which keeps the calculator page inside its 15 KB JS budget. For the same reason what works out
// and shows the result (live.ts) loads on the first pointer, focus or change; until then the build-time panel stays.
import { Component, h } from 'preact';
import { defaultAnswers, readQuery, toQuery, type Problem } from '../lib/decision/query.ts';
import type { Importance as Levels } from '../lib/decision/importance.ts';
import type { Answers, DecisionModel, WeightOverrides } from '../lib/decision/types.ts';
import { Questions } from './decision/Questions.tsx';
import { Actions } from './decision/Actions.tsx';
import { loadModel } from './decision/load.ts';

type Extras = typeof import('./decision/extras.ts');
type Live = typeof import('./decision/live.ts');
/** Rendered by the server for the build-time result; in the browser loaded on demand (see extras.ts, live.ts). */
const serverExtras: Extras | undefined = import.meta.env.SSR ? await import('./decision/extras.ts') : undefined;
const serverLive: Live | undefined = import.meta.env.SSR ? await import('./decision/live.ts') : undefined;

/**
 * The build-time panel and bar as the server rendered them, kept as they are until live.ts has loaded: Preact
 * leaves markup given as innerHTML untouched while hydrating, so nothing changes on screen before then.
 */
function builtPanel(idPrefix: string) {
  const panel = document.getElementById(`${idPrefix}-panel`);
  const bar = panel?.closest('.dc')?.querySelector<HTMLElement>('.dc-bar');
  return {
    out: panel?.querySelector('.dc-out')?.innerHTML ?? '',
    bar: bar?.querySelector('p')?.innerHTML ?? '',
    verdict: bar?.dataset['verdict'] ?? '',
  };
}

/**
 * The model is not a prop: props are copied into the page's HTML, and the model would add about 9 KB gzip to
 * every page that embeds the calculator. At build time it comes from the knowledge base; in the browser the
 * module fetches the same JSON before it hydrates (a top-level await, so Astro hydrates only once it is here).
 * When it cannot be loaded, load.ts says so on the page and never settles, so the island never hydrates: the
 * build-time result stays, fields disabled, and nothing is thrown.
 */
const model: DecisionModel = import.meta.env.SSR
  ? (await import('../data/decision.ts')).decisionModel
  : await loadModel();

interface Props {
  /** Prefix of every element id, unique on the page. */
  idPrefix: string;
}

interface State {
  answers: Answers;
  /** Exact per-rule weights from the address (`w=`). */
  overrides: WeightOverrides;
  /** How much each question matters, where not normal. */
  importance: Levels;
  /** Problems keyed by field (question id, `w-<rule>`, `w-<rule>-node`, `weights` or `importance`). */
  problems: Record<string, Problem[]>;
  /** Text as typed in text fields, so an invalid entry stays visible next to its message. */
  typed: Record<string, string>;
  /** True once hydrated: the fields enable, the JS-only buttons show and the URL is read. */
  ready: boolean;
  /** Last outcome of Copy link, Reset or an export, for the status line. */
  status: string;
  /** The on-demand parts, once loaded. */
  extras: Extras | undefined;
  /** What works out the result and shows it, once loaded. */
  live: Live | undefined;
}

const byField = (list: Problem[]) => {
  const out: Record<string, Problem[]> = {};
  for (const p of list) out[p.field] = [...(out[p.field] ?? []), p];
  return out;
};

/** A copy of a record without one key. */
const without = <T,>(o: Record<string, T>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** Weight and importance messages have no field of their own: they point at the weights table or the levels. */
const isWeight = (field: string) => field === 'weights' || /^w-/.test(field);

/**
 * "Django or Node.js for our project?": answers in, a verdict in words with warnings, the smallest flip and what
 * each source would say out. Thin wiring of src/lib/decision; the state lives in the query string.
 */
export class DecisionCalculator extends Component<Props, State> {
  model = model;
  /** The state of a fresh or reset calculator. */
  fresh = () => ({
    answers: defaultAnswers(this.model.questions),
    overrides: {},
    importance: {},
    problems: {},
    typed: {},
  });
  override state: State = { ...this.fresh(), ready: false, status: '', extras: serverExtras, live: serverLive };
  built = import.meta.env.SSR ? undefined : builtPanel(this.props.idPrefix);

  /** Loads live.ts once (every later call gets the same promise) and renders with it. */
  loading: Promise<Live> | undefined;
  live = () =>
    (this.loading ??= serverLive
      ? Promise.resolve(serverLive)
      : import('./decision/live.ts').then((live) => {
          this.setState({ live });
          return live;
        }));

  /** Loads the on-demand parts (and live.ts, which they show) once; every later call is a no-op. */
  more = () => {
    void this.live();
    if (!this.state.extras) void import('./decision/extras.ts').then((extras) => this.setState({ extras }));
  };

  /** The first pointer or focus on the calculator starts loading live.ts, usually well before the first change. */
  wake = () => void this.live();

  override componentDidMount() {
    const { problems, ...p } = readQuery(location.search, this.model);
    this.setState({ ...p, problems: byField(problems), ready: true });
    // Answers in the address: the build-time panel is not theirs, so work theirs out now.
    if (location.search.length > 1) void this.live();
    // The wording of problems loads with the on-demand parts.
    if (problems.length > 0) this.more();
    // Problems with weights or levels in the address: open their section so the messages are in view.
    const open = (sel: string) => (this.base as Element | undefined)?.querySelector(sel)?.setAttribute('open', '');
    if (problems.some((m) => isWeight(m.field))) open('.dc-scored');
    if (problems.some((m) => m.field === 'importance')) open('.dc-importance');
  }

  /** Applies a new state, records a field's problem (undefined clears it) and writes the URL. */
  commit(next: Partial<Pick<State, 'answers' | 'importance'>>, field?: string, problem?: Problem, raw?: string) {
    let { problems, typed } = this.state;
    void this.live();
    if (problem) this.more();
    if (field !== undefined) {
      problems = problem ? { ...problems, [field]: [problem] } : without(problems, field);
      if (raw !== undefined) typed = { ...typed, [field]: raw };
    }
    const answers = next.answers ?? this.state.answers;
    const importance = next.importance ?? this.state.importance;
    this.setState({ answers, importance, problems, typed });
    const query = toQuery(answers, this.state.overrides, this.model, importance);
    history.replaceState(history.state, '', `?${query}${location.hash}`);
  }

  reset = () => {
    this.setState({ ...this.fresh(), status: this.model.copy.reset });
    history.replaceState(history.state, '', location.pathname + location.hash);
  };

  override render({ idPrefix }: Props, s: State) {
    const { model } = this;
    const L = s.live;
    const r = L?.workOut(model, s.answers, s.importance, s.overrides);
    const fieldId = (field: string) => `${idPrefix}-${field}`;
    const x = s.extras;
    // Problems are shown once their wording has loaded (with the on-demand parts).
    const byQuestion: Record<string, string> = {};
    for (const m of x ? Object.values(s.problems).flat().map(x.messageOf) : [])
      byQuestion[m.field] = byQuestion[m.field] ? `${byQuestion[m.field] ?? ''} ${m.text}` : m.text;
    // One message per field, as the fields show them.
    const messages = Object.entries(byQuestion).map(([field, text]) => ({ field, text }));
    const exportState = () =>
      this.live().then((l) => {
        const w = l.workOut(model, s.answers, s.importance, s.overrides);
        return { model, answers: s.answers, overrides: w.weights, outcome: w.outcome, flips: w.flips };
      });
    const built = this.built ?? { out: '', bar: '', verdict: '' };
    const panelId = fieldId('panel');
    // Opening a section that needs the on-demand parts loads them.
    const onToggle = (e: Event) => {
      if ((e.currentTarget as HTMLDetailsElement).open) this.more();
    };
    return h(
      'div',
      { class: 'dc', onPointerOver: this.wake, onFocusCapture: this.wake },
      x &&
        h(x.ErrorSummary, {
          id: fieldId('errors'),
          title: model.copy.errors,
          messages,
          fieldId: (f: string) => fieldId(isWeight(f) ? 'weights' : f),
        }),
      h(
        'div',
        { class: 'dc-layout' },
        h(
          'div',
          { class: 'dc-form' },
          h(Questions, {
            model,
            answers: s.answers,
            messages: byQuestion,
            typed: s.typed,
            fieldId,
            ready: s.ready,
            onAnswer: (id, value, problem, raw) =>
              this.commit({ answers: { ...s.answers, [id]: value } }, id, problem && { field: id, ...problem }, raw),
          }),
          h(
            'details',
            { class: 'dc-importance', id: fieldId('importance'), onToggle },
            h('summary', null, model.copy.matters, Object.keys(s.importance).length > 0 && ` (${model.copy.changed})`),
            x &&
              h(x.Importance, {
                model,
                importance: s.importance,
                exact: Object.keys(s.overrides).length,
                fieldId,
                ready: s.ready,
                onLevel: (q, level) =>
                  this.commit({ importance: level === 1 ? without(s.importance, q) : { ...s.importance, [q]: level } }),
              }),
          ),
        ),
        h(
          'aside',
          { class: 'dc-panel', id: panelId, 'aria-labelledby': fieldId('verdict') },
          // The brief's heading carries the address of this configuration (none before hydration).
          h('p', { class: 'dc-print-only dc-brief' }, `Decision brief${s.ready ? ` for ${location.href}` : ''}`),
          r && L
            ? h(L.Result, {
                model,
                answers: s.answers,
                outcome: r.outcome,
                words: r.words,
                warnings: r.warnings,
                flips: r.flips,
                compare: r.compare,
                sources: h(
                  'details',
                  { class: 'dc-sources', id: fieldId('sources'), onToggle },
                  h('summary', null, model.copy.sourcesTitle),
                  x && h(x.Sources, { answers: r.sources, note: model.copy.sourcesNote }),
                ),
                idPrefix,
              })
            : h('div', { class: 'dc-out', dangerouslySetInnerHTML: { __html: built.out } }),
          s.ready &&
            h(Actions, {
              state: exportState,
              text: model.copy,
              status: s.status,
              onStatus: (status) => this.setState({ status }),
              onReset: this.reset,
            }),
        ),
      ),
      h(
        'details',
        { class: 'dc-scored', onToggle },
        h('summary', null, model.copy.scored),
        x &&
          r &&
          h(x.Scored, { model, answers: s.answers, outcome: r.outcome, changed: Object.keys(r.weights).length }),
        x &&
          r &&
          h(x.WeightsTable, {
            model,
            overrides: r.weights,
            messages: messages.filter((m) => isWeight(m.field)).map((m) => m.text),
            fieldId,
          }),
      ),
      h(
        'div',
        { class: 'dc-bar', 'data-verdict': r ? r.outcome.verdict : built.verdict },
        r
          ? h('p', null, h('span', { class: 'visually-hidden' }, 'Verdict: '), r.words.title)
          : h('p', { dangerouslySetInnerHTML: { __html: built.bar } }),
        h('a', { href: `#${panelId}` }, model.copy.why),
      ),
    );
  }
}
