import {
  LEVELS,
  LIMITS,
  RATE_SOURCES,
  STACKS,
  STACK_LABEL,
  type Field,
  type Issue,
  type NumberField,
  type RateSource,
} from '../../lib/cost/state.ts';

interface Props {
  raw: Record<Field, string>;
  issues: Issue[];
  idOf: (field: Field) => string;
  labelOf: (field: Field) => string;
  /** The label of each rate choice. */
  rateLabels: Record<RateSource, string>;
  onChange: (field: Field, value: string) => void;
}

const range = (f: NumberField) => `from ${LIMITS[f].min} to ${LIMITS[f].max}`;

/**
 * The inputs as GOV.UK-style fields: text inputs with a numeric keyboard (type=number would swallow bad text
 * silently), a hint, and the field's own message between label and input when its value was changed.
 */
export function Fields({ raw, issues, idOf, labelOf, rateLabels, onChange }: Props) {
  const error = (f: Field) => {
    const message = issues.find((i) => i.field === f)?.message;
    return (
      message && (
        <p class="cc-error" id={`${idOf(f)}-err`}>
          <span class="visually-hidden">Changed: </span>
          {message}
        </p>
      )
    );
  };
  const bad = (f: Field) => issues.some((i) => i.field === f);
  const input = (f: NumberField, hint: string, ownHint?: string) => {
    const id = idOf(f);
    return (
      <div class={bad(f) ? 'cc-field cc-invalid' : 'cc-field'} key={f}>
        <label for={id}>{labelOf(f)}</label>
        {ownHint && (
          <p class="cc-hint" id={hint}>
            {ownHint}
          </p>
        )}
        {error(f)}
        <input
          id={id}
          name={f}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          aria-describedby={bad(f) ? `${hint} ${id}-err` : hint}
          aria-invalid={bad(f) || undefined}
          value={raw[f]}
          onInput={(e) => onChange(f, e.currentTarget.value)}
        />
      </div>
    );
  };
  const radios = <T extends string>(
    f: 'stack' | 'rates',
    legend: string,
    values: readonly T[],
    label: (v: T) => string,
  ) => (
    <fieldset class={bad(f) ? 'cc-choice cc-invalid' : 'cc-choice'}>
      <legend>{legend}</legend>
      {error(f)}
      {values.map((v, i) => (
        <label key={v}>
          <input
            type="radio"
            name={f}
            value={v}
            id={i ? undefined : idOf(f)}
            checked={raw[f] === v}
            onChange={() => onChange(f, v)}
          />{' '}
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
  const levelsHint = `${idOf('junior')}-hint`;
  const rateHint = `${idOf('django-junior')}-hint`;
  return (
    <>
      {radios('rates', labelOf('rates'), RATE_SOURCES, (r) => rateLabels[r])}
      {raw.rates === 'own' &&
        STACKS.map((s) => (
          <fieldset key={s}>
            <legend>Your {STACK_LABEL[s]} rates, USD an hour</legend>
            <p class="cc-hint" id={s === 'django' ? rateHint : undefined}>
              Whole dollars {range('django-junior')}.
            </p>
            <div class="cc-row">{LEVELS.map((l) => input(`${s}-${l}`, rateHint))}</div>
          </fieldset>
        ))}
      <fieldset>
        <legend>Developers per seniority</legend>
        <p class="cc-hint" id={levelsHint}>
          Whole numbers {range('junior')}.
        </p>
        <div class="cc-row">{LEVELS.map((l) => input(l, levelsHint))}</div>
      </fieldset>
      <fieldset>
        <legend>Time</legend>
        <div class="cc-row">
          {input('hours', `${idOf('hours')}-hint`, `Whole hours ${range('hours')}.`)}
          {input('months', `${idOf('months')}-hint`, `Whole months ${range('months')}.`)}
        </div>
      </fieldset>
      {radios('stack', labelOf('stack'), STACKS, (s) => STACK_LABEL[s])}
    </>
  );
}
