// The preview's "What the LMS has stored" panel: the committed cmi data read back as a teacher reads
// Moodle's reports (status rows, then one row per interaction). The rows come from the page
// (templates/preview.html.hbs, filled from shared/scorm.ts); this fills their values.

import { getPath, type Cmi, type CmiValue } from '../shared/lms-start.js';
import { SCORM } from '../shared/scorm.js';
import type { PreviewConfig } from '../shared/lms-start.js';

export interface PanelState {
  /** The cmi data of the last commit (or of the last session, before the first one). */
  committed: Cmi | null;
  commits: number;
  /** Time of the last commit. */
  last: string;
  /** Values set since the last commit. */
  pending: number;
  logs: string[];
  /** The page's panel exists (DOMContentLoaded). */
  ready: boolean;
}

const text = (value: CmiValue): string => (value === undefined || value === null || value === '' ? '—' : String(value));
const asCmi = (value: CmiValue): Cmi =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

function score(value: CmiValue): string {
  const s = asCmi(value);
  if (s.raw === undefined || s.raw === '') return '—';
  const scaled = s.scaled ? `, scaled ${String(s.scaled)}` : '';
  return `${String(s.raw)} (min ${text(s.min)}, max ${text(s.max)}${scaled})`;
}

function show(
  kind: string | undefined,
  value: CmiValue,
  limit: string | undefined,
  slides: Record<string, string>,
): string {
  if (kind === 'length') return `${String(value ?? '').length} of ${limit ?? ''} characters`;
  if (kind === 'score') return score(value);
  if (kind === 'slide' && typeof value === 'string' && Object.prototype.hasOwnProperty.call(slides, value))
    return `${value} (${slides[value]})`;
  return text(value);
}

function interactions(doc: Document, config: PreviewConfig, list: Cmi): void {
  const response = SCORM[config.version].responseElement;
  const patterns = (c: CmiValue): string =>
    Object.values(asCmi(c))
      .map((p) => text(asCmi(p).pattern))
      .join(' | ');
  const keys = Object.keys(list).sort((a, b) => Number(a) - Number(b));
  const rows = keys.map((key) => {
    const it = asCmi(list[key]);
    const tr = doc.createElement('tr');
    for (const v of [key, it.id, it.type, it[response], patterns(it.correct_responses), it.result])
      tr.appendChild(doc.createElement('td')).textContent = text(v);
    return tr;
  });
  doc.getElementById('interactions-body')?.replaceChildren(...rows);
  const count = doc.getElementById('interactions-count');
  if (count) count.textContent = String(rows.length);
}

function commitsNote(state: PanelState): string {
  const pending = state.pending ? `; ${state.pending} value(s) set since then, not stored yet` : '';
  return state.commits
    ? `${state.commits} commit(s) in this session, the last at ${state.last}${pending}`
    : `Nothing committed in this session yet${pending}`;
}

export function renderPanel(doc: Document, config: PreviewConfig, state: PanelState): void {
  if (!state.ready) return;
  const cmi = state.committed ?? {};
  for (const td of doc.querySelectorAll<HTMLElement>('[data-path]')) {
    const value = getPath(cmi, td.dataset.path ?? '');
    td.textContent = show(td.dataset.show, value, td.dataset.limit, config.slides);
    td.classList.toggle('warn', td.dataset.show === 'length' && String(value ?? '').length > Number(td.dataset.limit));
  }
  interactions(doc, config, asCmi(cmi.interactions));
  const commits = doc.getElementById('commits');
  if (commits) commits.textContent = commitsNote(state);
  const logs = doc.getElementById('lms-log');
  if (logs) {
    logs.replaceChildren(
      ...state.logs.slice(-5).map((m) => Object.assign(doc.createElement('li'), { textContent: m })),
    );
    logs.hidden = state.logs.length === 0;
  }
}
