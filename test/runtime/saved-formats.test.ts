// Saved progress as packages of earlier commits wrote it (test/fixtures/saved-progress/, made by each
// commit's own compiler and codec), read by today's player in today's build of the same lesson.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/compiler/load-lesson.js';
import { lessonData } from '../../src/compiler/render/lesson-data.js';
import { renderLesson } from '../../src/compiler/render/render-page.js';
import { projectPath } from '../../src/compiler/paths.js';
import { decodeState } from '../../src/runtime/lms/suspend-codec.js';
import { decodeS1 } from '../../src/runtime/lms/suspend-s1.js';
import type { LessonData } from '../../src/shared/model.js';

interface Golden {
  commit: string;
  format: string;
  lesson: string;
  suspendData: string;
  location: string;
  slideTitle: string;
  answers: Record<string, unknown>;
}

const DIR = projectPath('test', 'fixtures', 'saved-progress');
const goldens = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Golden] as const);

const built = new Map<string, Promise<LessonData>>();
const today = (lesson: string): Promise<LessonData> => {
  if (!built.has(lesson)) {
    const folder = lesson === 'lesson' ? projectPath('lesson') : projectPath('test', 'fixtures', lesson);
    built.set(
      lesson,
      loadLesson(folder).then(({ lesson: loaded }) => lessonData(renderLesson(loaded!))),
    );
  }
  return built.get(lesson)!;
};

describe('saved progress of every format packages ever wrote', () => {
  it('covers s1 and s2 (6 and 8 fields) for the shipped lesson and the every-type fixture', () => {
    expect(new Set(goldens.map(([, g]) => g.format))).toEqual(new Set(['s1', 's2']));
    expect(goldens.length).toBeGreaterThanOrEqual(8);
  });

  it.each(goldens)('%s: the learner is where they were, with every answer', async (_name, golden) => {
    const lesson = await today(golden.lesson);
    const state = decodeState(golden.suspendData, lesson, golden.location, lesson.passingScore, decodeS1);
    expect(state).not.toBeNull();
    expect(lesson.slides[state!.slide]?.title).toBe(golden.slideTitle);
    expect(Object.fromEntries(Object.entries(state!.answers).map(([id, a]) => [id, a.r]))).toEqual(golden.answers);
    expect(state!.attempt).toBe(2);
  });
});
