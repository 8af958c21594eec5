// A class component written with h() rather than hooks and JSX: neither Preact's hooks module nor its JSX runtime
// is downloaded, which keeps the calculator page inside its 15 KB JS budget.
import { Component, h } from 'preact';
import { evaluate } from '../lib/decision/verdict.ts';
import { smallestFlips } from '../lib/decision/flip.ts';
import { defaultAnswers, parseQuery, toQuery, type Message } from '../lib/decision/url-state.ts';
import type { Answers, DecisionModel, Weights, WeightOverrides } from '../lib/decision/types.ts';
import { Questions } from './decision/Questions.tsx';
import { Result } from './decision/Result.tsx';
import { WeightsTable } from './decision/WeightsTable.tsx';
import { Actions } from './decision/Actions.tsx';
import { ErrorSummary } from './decision/ErrorSummary.tsx';

/**
 * The model is not a prop: props are copied into the page's HTML, and the model would add about 9 KB gzip to
 * every page that embeds the calculator. At build time it comes from the knowledge base; in the browser the
 * module fetches the same JSON before it hydrates (a top-level await, so Astro hydrates only once it is here),
 * from the address the Astro wrapper puts on the page.
 */
const modelUrl = () => document.querySelector<HTMLElement>('[data-decision-model]')?.dataset['decisionModel'] ?? '';
const model = (
  import.meta.env.SSR
    ? (await import('../data/decision.ts')).decisionModel
    : await (await fetch(modelUrl())).json()
) as DecisionModel;

interface Props {
  /** Prefix of every element id, unique on the page. */
  idPrefix: string;
}

interface State {
  answers: Answers;
  overrides: WeightOverrides;
  /** Messages keyed by field (question id, `w-<rule>`, `w-<rule>-node` or `weights`). */
  messages: Record<string, string>;
  /** Text as typed in text fields, so an invalid entry stays visible next to its message. */
  typed: Record<string, string>;
  /** True once hydrated: the JS-only buttons show and the URL is read. */
  ready: boolean;
  /** Last outcome of Copy link, Reset or an export, for the status line. */
  status: string;
}

const byField = (list: Message[]) => {
  const out: Record<string, string> = {};
  for (const m of list) out[m.field] = out[m.field] ? `${out[m.field] ?? ''} ${m.text}` : m.text;
  return out;
};

/** A copy of a record without one key. */
const without = <T,>(o: Record<string, T>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/**
 * "Django or Node.js for our project?": answers in, verdict with reasons and sources out. Thin wiring of
 * src/lib/decision; the state lives in the query string so a configured calculator is a link.
 */
export class DecisionCalculator extends Component<Props, State> {
  model = model;
  /** The state of a fresh or reset calculator. */
  fresh = () => ({ answers: defaultAnswers(this.model.questions), overrides: {}, messages: {}, typed: {} });
  override state: State = { ...this.fresh(), ready: false, status: '' };

  override componentDidMount() {
    const p = parseQuery(location.search, this.model);
    this.setState({ answers: p.answers, overrides: p.overrides, messages: byField(p.messages), ready: true });
    // Problems with weights in the address: open the advanced section so their fields are in view.
    if (p.messages.some((m) => m.field.startsWith('w')))
      (this.base as Element | undefined)?.querySelector('details')?.setAttribute('open', '');
  }

  /** Applies new answers or weights, records a field's message (undefined clears it) and writes the URL. */
  commit(answers: Answers, overrides: WeightOverrides, field?: string, message?: string, raw?: string) {
    let { messages, typed } = this.state;
    if (field !== undefined) {
      messages = message ? { ...messages, [field]: message } : without(messages, field);
      if (raw !== undefined) typed = { ...typed, [field]: raw };
    }
    this.setState({ answers, overrides, messages, typed });
    history.replaceState(history.state, '', `?${toQuery(answers, overrides, this.model)}${location.hash}`);
  }

  setWeights(rule: string, side: keyof Weights, value: number, message: string | undefined, raw: string) {
    const { answers, overrides } = this.state;
    const def = this.model.rules.find((r) => r.id === rule)?.weights ?? { django: 0, node: 0 };
    const w = { ...(overrides[rule] ?? def), [side]: value };
    const next =
      w.django === def.django && w.node === def.node ? without(overrides, rule) : { ...overrides, [rule]: w };
    this.commit(answers, next, `w-${rule}${side === 'node' ? '-node' : ''}`, message, raw);
  }

  reset = () => {
    this.setState({ ...this.fresh(), status: this.model.copy.reset });
    history.replaceState(history.state, '', location.pathname + location.hash);
  };

  override render({ idPrefix }: Props, s: State) {
    const { model } = this;
    // Cheap enough to redo on every render: a few hundred evaluations of about thirty rules.
    const outcome = evaluate(model, s.answers, s.overrides);
    const flips = smallestFlips(model, s.answers, s.overrides);
    const fieldId = (field: string) => `${idPrefix}-${field}`;
    const state = { model, answers: s.answers, overrides: s.overrides, outcome, flips };
    const messages = Object.entries(s.messages).map(([field, text]) => ({ field, text }));
    return h(
      'div',
      { class: 'dc' },
      h(ErrorSummary, { id: fieldId('errors'), title: model.copy.errors, messages, fieldId }),
      h(Questions, {
        model,
        answers: s.answers,
        messages: s.messages,
        typed: s.typed,
        fieldId,
        onAnswer: (id, value, message, raw) =>
          this.commit({ ...s.answers, [id]: value }, s.overrides, id, message, raw),
      }),
      h(Actions, {
        state,
        ready: s.ready,
        status: s.status,
        onStatus: (status) => this.setState({ status }),
        onReset: this.reset,
      }),
      h(Result, { ...state, idPrefix, url: s.ready ? location.href : '' }),
      h(WeightsTable, {
        model,
        overrides: s.overrides,
        messages: s.messages,
        typed: s.typed,
        fieldId,
        onWeight: (rule, side, value, message, raw) => this.setWeights(rule, side, value, message, raw),
      }),
    );
  }
}
