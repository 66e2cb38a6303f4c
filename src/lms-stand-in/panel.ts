// The preview's "What the LMS has stored" panel: the committed cmi data read back as a teacher reads
// Moodle's reports (status rows, then one row per interaction), in words: answers as the texts the
// learner chose, times as "3 min 12 s", the bookmark as the slide's title, each with the SCORM value
// small beside it; then every API call with its error code in words. The rows come from the page
// (templates/preview.html.hbs, filled from shared/scorm.ts); this fills their values.

import { getPath, type Cmi, type CmiValue } from '../shared/lms-start.js';
import type { PreviewConfig } from '../shared/preview-state.js';
import { SCORM } from '../shared/scorm.js';
import { previewWordsFor, type PreviewWords } from '../shared/preview-words.js';
import type { CallRecord } from './call-log.js';
import { responseInWords, timeInWords, type WordsContext } from './words.js';

export interface PanelState {
  /** The cmi data of the last commit (or of the last session, before the first one). */
  committed: Cmi | null;
  commits: number;
  /** Time of the last commit. */
  last: string;
  /** Values set since the last commit. */
  pending: number;
  /** Every API call of the course, oldest first. */
  calls: CallRecord[];
  /** Real faults: failed calls and what scorm-again warned about outside a call. */
  faults: string[];
  /** The page's panel exists (DOMContentLoaded). */
  ready: boolean;
}

/** The calls listed: enough for a whole lesson's session, few enough to keep the page quick. */
const SHOWN_CALLS = 500;

const text = (value: CmiValue): string => (value === undefined || value === null || value === '' ? '—' : String(value));
const asCmi = (value: CmiValue): Cmi =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** Words, and the SCORM value small beside them when they differ from it. */
function cell(doc: Document, td: HTMLElement, words: string, value: string): void {
  td.replaceChildren(words);
  if (value !== '' && value !== words) td.appendChild(doc.createElement('small')).textContent = value;
}

/** The page's words: its `<html lang>`'s table. */
const said = (doc: Document): PreviewWords => previewWordsFor(doc.documentElement.lang);

function score(value: CmiValue, t: PreviewWords): string {
  const s = asCmi(value);
  if (s.raw === undefined || s.raw === '') return '—';
  return t.score(String(s.raw), text(s.min), text(s.max), s.scaled ? String(s.scaled) : '');
}

function statusCell(doc: Document, td: HTMLElement, value: CmiValue, slides: Record<string, string>): void {
  const { show, limit } = td.dataset;
  const raw = typeof value === 'string' ? value : '';
  const t = said(doc);
  if (show === 'length') td.textContent = t.characters(String(value ?? '').length, limit ?? '');
  else if (show === 'score') td.textContent = score(value, t);
  else if (show === 'slide' && Object.prototype.hasOwnProperty.call(slides, raw)) cell(doc, td, slides[raw]!, raw);
  else if (show === 'time' && raw !== '') cell(doc, td, timeInWords(raw, t.units) ?? raw, raw);
  else td.textContent = text(value);
}

function interactions(doc: Document, config: PreviewConfig, list: Cmi): void {
  const { version } = config;
  const t = said(doc);
  const context: WordsContext = {
    words: t,
    version,
    trueFalse: config.trueFalse,
    plain: (html) => plainText(doc, html),
  };
  const response = SCORM[version].responseElement;
  const keys = Object.keys(list).sort((a, b) => Number(a) - Number(b));
  const rows = keys.map((key) => {
    const it = asCmi(list[key]);
    const id = String(it.id ?? '');
    const question = config.questions.find((q) => q.id === id);
    const words = (value: string): string => (question ? responseInWords(question, value, context) : value);
    const given = String(it[response] ?? '');
    const patterns = Object.values(asCmi(it.correct_responses)).map((p) => String(asCmi(p).pattern ?? ''));
    const tr = doc.createElement('tr');
    const td = (): HTMLElement => tr.appendChild(doc.createElement('td'));
    cell(doc, td(), question?.promptText ?? id, `${id} · ${text(it.type)}`);
    cell(doc, td(), words(given) || '—', given);
    cell(doc, td(), patterns.map(words).join(` ${t.or} `) || '—', patterns.join(' | '));
    const result = text(it.result);
    cell(doc, td(), (t.results as Record<string, string>)[result] ?? result, result);
    return tr;
  });
  doc.getElementById('interactions-body')?.replaceChildren(...rows);
  const count = doc.getElementById('interactions-count');
  if (count) count.textContent = String(rows.length);
}

/** HTML of the lesson (an option's text) as plain text: parsed inert, never run. */
function plainText(doc: Document, html: string): string {
  const parsed = doc.implementation.createHTMLDocument('').createElement('div');
  parsed.innerHTML = html;
  return (parsed.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function commitsNote(state: PanelState, t: PreviewWords): string {
  const pending = state.pending ? t.pending(state.pending) : '';
  return `${state.commits ? t.commits(state.commits, state.last) : t.noCommits}${pending}`;
}

function callItem(doc: Document, call: CallRecord): HTMLElement {
  const li = doc.createElement('li');
  li.className = call.fault ? 'fault' : '';
  li.append(`${call.call} → ${JSON.stringify(call.result)}`);
  if (call.words)
    li.appendChild(Object.assign(doc.createElement('span'), { className: 'words' })).append(` ${call.words}`);
  return li;
}

function renderCalls(doc: Document, state: PanelState): void {
  const list = doc.getElementById('calls');
  if (!list) return;
  const end = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
  list.replaceChildren(...state.calls.slice(-SHOWN_CALLS).map((c) => callItem(doc, c)));
  list.setAttribute('start', String(Math.max(1, state.calls.length - SHOWN_CALLS + 1)));
  // Follow the newest call, unless the teacher scrolled up to read an older one.
  if (end) list.scrollTop = list.scrollHeight;
  const count = doc.getElementById('calls-count');
  if (count) count.textContent = String(state.calls.length);
}

export function renderPanel(doc: Document, config: PreviewConfig, state: PanelState): void {
  if (!state.ready) return;
  const cmi = state.committed ?? {};
  for (const td of doc.querySelectorAll<HTMLElement>('[data-path]')) {
    const value = getPath(cmi, td.dataset.path ?? '');
    statusCell(doc, td, value, config.slides);
    td.classList.toggle('warn', td.dataset.show === 'length' && String(value ?? '').length > Number(td.dataset.limit));
  }
  interactions(doc, config, asCmi(cmi.interactions));
  const commits = doc.getElementById('commits');
  if (commits) commits.textContent = commitsNote(state, said(doc));
  const faults = doc.getElementById('lms-log');
  if (faults) {
    faults.replaceChildren(
      ...state.faults.slice(-5).map((m) => Object.assign(doc.createElement('li'), { textContent: m })),
    );
    faults.hidden = state.faults.length === 0;
  }
  renderCalls(doc, state);
}
