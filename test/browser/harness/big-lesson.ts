// A generated lesson at the size issue 3 names: 199 content slides (+ the result slide = 200) with
// 100 graded questions of every graded type, the longest lists the format allows a teacher to write
// casually (5 items, 5 pairs). Written to a temp folder, built by the real pipeline.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testFolder } from '../../helpers/temp.js';

const FIVE = [
  'De klacht aannemen',
  'De klachtenprocedure uitleggen',
  'De klacht registreren',
  'De klacht in behandeling nemen',
  'De oplossing terugkoppelen',
];

function question(n: number): string {
  const id = `vraag-${n}`;
  const points = 1 + (n % 2);
  switch (n % 6) {
    case 0:
      return `- id: ${id}\n  type: single\n  points: ${points}\n  prompt: Vraag ${n}?\n  options:\n    - { text: Ja ${n}, correct: true }\n    - { text: Nee ${n} }\n    - { text: Misschien ${n} }`;
    case 1:
      return `- id: ${id}\n  type: multiple\n  points: ${points}\n  prompt: Vraag ${n}?\n  options:\n    - { text: Een ${n}, correct: true }\n    - { text: Twee ${n}, correct: true }\n    - { text: Drie ${n} }\n    - { text: Vier ${n}, correct: true }`;
    case 2:
      return `- id: ${id}\n  type: true-false\n  points: ${points}\n  prompt: Stelling ${n}.\n  answer: ${n % 4 === 0}`;
    case 3:
      return `- id: ${id}\n  type: order\n  points: ${points}\n  prompt: Volgorde ${n}.\n  items: [${FIVE.map((s) => `"${s} ${n}"`).join(', ')}]`;
    case 4:
      return `- id: ${id}\n  type: match\n  points: ${points}\n  prompt: Koppel ${n}.\n  pairs:\n${['Toegeven', 'Vermijden', 'Confronteren', 'Forceren', 'Compromis'].map((t, i) => `    ${t} ${n}: Beschrijving ${i + 1} van ${n}`).join('\n')}`;
    default:
      return `- id: ${id}\n  type: fill-in\n  points: ${points}\n  prompt: Welk systeem (${n})?\n  answers: [CRM, het CRM-systeem]`;
  }
}

export async function writeBigLesson(): Promise<string> {
  const dir = testFolder('scormdown-big-');
  const slides = Array.from({ length: 199 }, (_, i) =>
    i >= 1 && i <= 100 ? `## Vraag ${i}\n\n::question vraag-${i}` : `## Dia ${i + 1}\n\nTekst van dia ${i + 1}.`,
  );
  const front =
    '---\ntitle: Grote les\nid: grote-les\nlanguage: nl\npassingScore: 70\ncompletion: slides-and-quiz\n---\n\n';
  await writeFile(join(dir, 'lesson.md'), front + slides.join('\n\n---\n\n') + '\n');
  await writeFile(join(dir, 'quiz.yaml'), Array.from({ length: 100 }, (_, i) => question(i + 1)).join('\n\n') + '\n');
  return dir;
}
