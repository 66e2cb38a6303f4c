// The lint fails on the house's boundaries (eslint/boundaries.js) and on comma-operator statements:
// source text linted as if it sat at a given path, through ESLint's own Node API and the repository's
// eslint.config.js, so these cases prove what `npm run lint` enforces.

import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function lint(path: string, code: string): Promise<Array<{ ruleId: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const importing = (specifier: string): string => `import { x } from '${specifier}';\nexport const y = x;\n`;
const boundary = (message: string) => [{ ruleId: 'house/boundaries', message }];

describe('the boundaries between src/ folders', () => {
  it('a runtime file importing the compiler fails', async () => {
    expect(await lint('src/runtime/deck.ts', importing('../compiler/model.js'))).toEqual(
      boundary('src/compiler/ and src/runtime/ never import each other; they share only src/shared/'),
    );
  });

  it('src/shared importing node:fs fails', async () => {
    expect(await lint('src/shared/model.ts', importing('node:fs'))).toEqual(
      boundary('src/shared/ runs in the browser too: it may not import the Node module node:fs'),
    );
  });

  it('the stand-in LMS imported by the compiler fails, by a test passes', async () => {
    expect(await lint('src/compiler/preview/preview.ts', importing('../../lms-stand-in/panel.js'))).toEqual(
      boundary('src/lms-stand-in/ is imported only by tests; the preview bundles it by file path'),
    );
    expect(await lint('test/preview.test.ts', importing('../src/lms-stand-in/panel.js'))).toEqual([]);
  });
});

describe("the compiler's stages", () => {
  it('a front/ file importing render/ fails', async () => {
    expect(await lint('src/compiler/front/markdown.ts', importing('../render/html-text.js'))).toEqual(
      boundary('front/ is stage 1: it may not import render/ (stage 4); move the shared code down'),
    );
  });

  it('a render/ file importing front/ passes, as does a root file importing a stage', async () => {
    expect(await lint('src/compiler/render/render-page.ts', importing('../front/video-url.js'))).toEqual([]);
    expect(await lint('src/compiler/pipeline.ts', importing('./render/render-page.js'))).toEqual([]);
  });

  it('a file one folder deeper and a dynamic import() are held to the same table', async () => {
    expect(await lint('src/compiler/front/yaml/source.ts', importing('../../check/media.js'))).toEqual(
      boundary('front/ is stage 1: it may not import check/ (stage 3); move the shared code down'),
    );
    expect(
      await lint('src/compiler/preview/preview.ts', "export const cli = () => import('../cli/cli.js');\n"),
    ).toEqual(boundary('preview/ is stage 7: it may not import cli/ (stage 8); move the shared code down'));
  });

  it('preview/ and scaffold/ do not import each other; the base imports no stage', async () => {
    expect(await lint('src/compiler/scaffold/new-lesson.ts', importing('../preview/preview.js'))).toEqual(
      boundary('scaffold/ and preview/ are both stage 7: neither imports the other; move the shared code down'),
    );
    expect(await lint('src/compiler/model.ts', importing('./front/video-url.js'))).toEqual(
      boundary(
        'model.ts is in the base: it imports only diagnostics/, markdown/, words/, model.ts, paths.ts and src/shared/, ' +
          'not front/ (stage 1); move the shared code down',
      ),
    );
  });
});

describe('comma operators', () => {
  it('a comma-operator statement fails', async () => {
    const code = 'export function f(open: boolean, a: () => void, b: () => void): void {\n  if (open) a(), b();\n}\n';
    expect(await lint('src/runtime/menu.ts', code)).toContainEqual({
      ruleId: 'no-sequences',
      message: 'Unexpected use of comma operator.',
    });
  });

  it("a for-loop's update keeps the idiom", async () => {
    const code =
      'export function f(n: number): void {\n  for (let i = 0, j = n; i < j; i++, j--) console.log(i, j);\n}\n';
    expect(await lint('src/runtime/menu.ts', code)).toEqual([]);
  });
});
