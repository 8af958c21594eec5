// Hyperscript, not JSX: see Refs.tsx.
import { h } from 'preact';
import type { ExportInput } from '../../lib/decision/export.ts';

interface Props {
  state: Omit<ExportInput, 'pageUrl'>;
  /** False until hydrated: the buttons need JavaScript, so they stay invisible (but keep their space) before. */
  ready: boolean;
  status: string;
  onStatus: (text: string) => void;
  onReset: () => void;
}

/** Copy link, Reset, the two exports and Print, with a polite status line. */
export function Actions({ state, ready, status, onStatus, onReset }: Props) {
  const text = state.model.copy;
  const save = (kind: 'csv' | 'json') =>
    void import('../../scripts/decision-save.ts').then((m) =>
      onStatus(`Downloaded ${m.save(kind, { ...state, pageUrl: location.href })}.`),
    );
  const copy = () => {
    const failed = () => onStatus(text.copyFailed);
    // navigator.clipboard is missing on insecure origins, whatever the types say.
    const clip = navigator.clipboard as Clipboard | undefined;
    if (clip) clip.writeText(location.href).then(() => onStatus(text.copied), failed);
    else failed();
  };
  const button = (label: string, onClick: () => void) => h('button', { type: 'button', onClick }, label);
  return h(
    'div',
    { class: ready ? 'dc-actions' : 'dc-actions dc-pending' },
    button(text.buttons.copy, copy),
    button(text.buttons.reset, onReset),
    button(text.buttons.csv, () => save('csv')),
    button(text.buttons.json, () => save('json')),
    button(text.buttons.print, () => print()),
    h('p', { class: 'dc-status', role: 'status' }, status),
  );
}
