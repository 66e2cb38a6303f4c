// The keys the shipped lesson's learners have their progress saved under, as pinned in shipped-keys.ts.
// That they come from what the author wrote, not from the rendering: progress-keys-render.test.ts.

import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { lessonData } from '../../../src/compiler/render/lesson-data.js';
import { renderLesson } from '../../../src/compiler/render/render-page.js';
import { projectPath } from '../../../src/compiler/paths.js';
import { QUESTIONS, SLIDES } from './shipped-keys.js';

describe('the saved-progress keys of the shipped lesson', () => {
  it('are the ones learners have saved under', async () => {
    const { lesson } = await loadLesson(projectPath('lesson'));
    const data = lessonData(renderLesson(lesson!));
    expect(data.slides.map((s) => (s.o === undefined ? [s.title, s.k] : [s.title, s.k, s.o]))).toEqual(SLIDES);
    expect(data.questions.map((q) => [q.id, q.k, q.f, q.o])).toEqual(QUESTIONS);
  });
});
