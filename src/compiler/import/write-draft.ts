// A Draft as files: lesson.md with a complete front matter, quiz.yaml when there are questions, and
// the assets. The questions not placed on a slide get a quiz slide at the end (`::quiz`). quiz.yaml
// is written with yaml's stringify, which quotes whatever YAML would otherwise read differently (a
// text holding `: `, `yes`, `1.0`).

import { stringify } from 'yaml';
import type { NewFile } from '../package/write-new-files.js';
import { defaultMeta } from '../front/parse-front-matter.js';
import type { Draft, DraftQuestion } from './draft.js';

/** The quiz slide's heading, in the lesson's language (Dutch or English, as the starter lesson). */
const QUIZ_HEADING: Record<string, string> = { nl: 'Toets', en: 'Quiz' };

export function draftFiles(draft: Draft, id: string): NewFile[] {
  const placed = new Set(
    draft.slides.flatMap((s) => [...s.markdown.matchAll(/^::question\s+(\S+)\s*$/gm)].map((m) => m[1])),
  );
  const unplaced = draft.questions.filter((q) => !placed.has(q.id));
  const heading = QUIZ_HEADING[draft.language.toLowerCase().split('-')[0] ?? ''] ?? QUIZ_HEADING.en;
  const slides = [
    ...draft.slides.map((s) => (s.notes ? `${s.markdown}\n\n${notesComment(s.notes)}` : s.markdown)),
    ...(unplaced.length > 0 ? [`## ${heading}\n\n::quiz`] : []),
  ];
  const files: NewFile[] = [
    { target: 'lesson.md', content: `${frontMatter(draft, id)}\n${slides.join('\n\n---\n\n')}\n` },
  ];
  if (draft.questions.length > 0) files.push({ target: 'quiz.yaml', content: quizYaml(draft.questions) });
  for (const asset of draft.assets) files.push({ target: asset.target, content: asset.bytes });
  return files;
}

function frontMatter(draft: Draft, id: string): string {
  const meta = defaultMeta();
  const graded = draft.questions.some((q) => q.type !== 'open');
  const lines = [
    '---',
    `title: ${JSON.stringify(draft.title)}`,
    `id: ${id}`,
    `language: ${draft.language}`,
    `version: ${meta.version}`,
    `completion: ${graded ? 'slides-and-quiz' : 'slides'}`,
    `passingScore: ${meta.passingScore}`,
    `attempts: ${meta.attempts}`,
    `navigation: ${meta.navigation}`,
    ...(draft.questions.length > 0 ? ['quiz: quiz.yaml'] : []),
    '---',
  ];
  return `${lines.join('\n')}\n`;
}

/** Text for the author only: an HTML comment, which the render stage leaves out of the page. `--`
 *  cannot stand inside one (it would end it early in some readers), so it becomes `- -`. */
function notesComment(notes: string): string {
  return `<!--\n${notes.replace(/--/g, '- -').trim()}\n-->`;
}

function quizYaml(questions: readonly DraftQuestion[]): string {
  const blocks = questions.map((q) => stringify([q], { lineWidth: 0 }).trimEnd());
  return `${blocks.join('\n\n')}\n`;
}
