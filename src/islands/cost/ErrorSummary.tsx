import type { Ref } from 'preact';
import type { Issue } from '../../lib/cost/state.ts';
import { plural } from '../../lib/text.ts';

interface Props {
  issues: Issue[];
  /** Field id for an input name, for the links. */
  idOf: (field: Issue['field']) => string;
  labelOf: (field: Issue['field']) => string;
  heading: 'h2' | 'h3';
  boxRef: Ref<HTMLDivElement>;
}

/**
 * The GOV.UK error-summary pattern: a focusable box at the top with a heading and one link per changed input.
 * A link moves focus to its field instead of only scrolling, so keyboard users land where they can fix it.
 */
export function ErrorSummary({ issues, idOf, labelOf, heading: H, boxRef }: Props) {
  return (
    <div class="cc-summary" tabIndex={-1} ref={boxRef}>
      <H>{plural(issues.length, 'input')} changed</H>
      <ul>
        {issues.map((i) => (
          <li key={i.field}>
            <a
              href={`#${idOf(i.field)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(idOf(i.field))?.focus();
              }}
            >
              {labelOf(i.field)}: {i.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
