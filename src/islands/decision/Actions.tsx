// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import type { ExportInput } from '../../lib/decision/export.ts';
import type { DecisionModel } from '../../lib/decision/types.ts';

interface Props {
  /** The export's input, once the on-demand parts that work it out have loaded. */
  state: () => Promise<Omit<ExportInput, 'pageUrl'>>;
  /** Labels of the buttons and the copy messages. */
  text: DecisionModel['copy'];
  status: string;
  onStatus: (text: string) => void;
  onReset: () => void;
}

/**
 * Copy link, Reset, the two exports and Print, with a polite status line. Rendered only once hydrated, so a page
 * without JavaScript shows no button that does nothing.
 */
export function Actions({ state, text, status, onStatus, onReset }: Props) {
  const save = (kind: 'csv' | 'json') =>
    void Promise.all([import('../../scripts/decision-save.ts'), state()]).then(([m, input]) =>
      onStatus(`Downloaded ${m.save(kind, { ...input, pageUrl: location.href })}.`),
    );
  const copy = () => {
    const failed = () => onStatus(text.copyFailed);
    // navigator.clipboard is missing on insecure origins, whatever the types say, and some browsers throw at once.
    try {
      const clip = navigator.clipboard as Clipboard | undefined;
      if (clip) clip.writeText(location.href).then(() => onStatus(text.copied), failed);
      else failed();
    } catch {
      failed();
    }
  };
  const button = (label: string, onClick: () => void) => h('button', { type: 'button', onClick }, label);
  return h(
    'div',
    { class: 'dc-actions' },
    button(text.buttons.copy, copy),
    button(text.buttons.reset, onReset),
    button(text.buttons.csv, () => save('csv')),
    button(text.buttons.json, () => save('json')),
    button(text.buttons.print, () => print()),
    h('p', { class: 'dc-status', role: 'status' }, status),
  );
}
