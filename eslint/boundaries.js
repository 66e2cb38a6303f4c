// The house's boundaries (the house style's "The shape") as one lint rule, `house/boundaries`.
// A local rule rather than core no-restricted-imports: it resolves each relative specifier against the
// importing file, so one table holds for a file at any depth, and it also sees `import()` and
// `export ... from`, which no-restricted-imports does not.

import { isBuiltin } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

// src/compiler/: the base may be imported from anywhere in the compiler; a stage imports its own
// folder, the base and earlier stages only. Keys are a top-level folder (`front/`) or a root file.
const BASE = ['diagnostics/', 'markdown/', 'words/', 'model.ts', 'paths.ts'];
const STAGES = {
  'front/': 1,
  'transform/': 2,
  'check/': 3,
  'render/': 4,
  'package/': 5,
  'load-lesson.ts': 6,
  'load-course.ts': 6,
  'build-course.ts': 6,
  'pipeline.ts': 6,
  'preview/': 7,
  'scaffold/': 7,
  'import/': 7,
  'questions/': 7,
  'print/': 7,
  'translate/': 7,
  'cli/': 8,
};
const ROOT_STAGE = ['load-lesson.ts', 'load-course.ts', 'pipeline.ts', 'build-course.ts'];
const MOVE_DOWN = 'move the shared code down';

/** Where a repository path sits: `{ area, part }`, part being the compiler folder or root file. */
function place(path) {
  const parts = path.split(sep);
  if (parts[0] === 'test') return { area: 'test' };
  if (parts[0] !== 'src') return { area: 'other' };
  if (parts[1] !== 'compiler') return { area: parts[1] ?? 'other' };
  // Specifiers name the emitted `.js`; the table names the source `.ts`.
  const part = parts.length > 3 ? `${parts[2]}/` : `${(parts[2] ?? '').replace(/\.[cm]?[jt]s$/, '')}.ts`;
  return { area: 'compiler', part };
}

function describe(part) {
  if (BASE.includes(part)) return `${part} (base)`;
  return Object.hasOwn(STAGES, part) ? `${part} (stage ${STAGES[part]})` : part;
}

/** Why `from` may not import `to` inside src/compiler/, or null when it may. */
function compilerBreach(from, to) {
  if (from === to || BASE.includes(to)) return null;
  if (ROOT_STAGE.includes(from) && ROOT_STAGE.includes(to)) return null;
  for (const part of [from, to]) {
    if (!BASE.includes(part) && !Object.hasOwn(STAGES, part)) {
      return `src/compiler/${part} is in neither the base nor the stages: add it to eslint/boundaries.js`;
    }
  }
  if (BASE.includes(from)) {
    return `${from} is in the base: it imports only ${BASE.join(', ')} and src/shared/, not ${describe(to)}; ${MOVE_DOWN}`;
  }
  const [mine, theirs] = [STAGES[from], STAGES[to]];
  if (theirs < mine) return null;
  if (theirs === mine) return `${from} and ${to} are both stage ${mine}: neither imports the other; ${MOVE_DOWN}`;
  return `${from} is stage ${mine}: it may not import ${describe(to)}; ${MOVE_DOWN}`;
}

/** Why the file at `from` may not import `specifier`, or null when it may. */
function breach(from, specifier, filename) {
  const source = place(from);
  const relativeSpecifier = specifier.startsWith('.');
  if (!relativeSpecifier) {
    if (source.area !== 'shared') return null;
    return isBuiltin(specifier)
      ? `src/shared/ runs in the browser too: it may not import the Node module ${specifier}`
      : `src/shared/ imports nothing outside src/shared/, not the package ${specifier}`;
  }
  const target = place(relative(ROOT, resolve(dirname(filename), specifier)));
  if (source.area === 'shared' && target.area !== 'shared') {
    return `src/shared/ imports nothing outside src/shared/, not ${specifier}`;
  }
  if (target.area === 'lms-stand-in' && source.area !== 'lms-stand-in' && source.area !== 'test') {
    return 'src/lms-stand-in/ is imported only by tests; the preview bundles it by file path';
  }
  const pair = `${source.area}>${target.area}`;
  if (pair === 'runtime>compiler' || pair === 'compiler>runtime') {
    return 'src/compiler/ and src/runtime/ never import each other; they share only src/shared/';
  }
  if (pair === 'compiler>compiler') return compilerBreach(source.part, target.part);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: "The house's import boundaries between src/ folders and the compiler's stages" },
    schema: [],
  },
  create(context) {
    const filename = context.physicalFilename;
    const from = relative(ROOT, filename);
    function check(node) {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const message = breach(from, node.value, filename);
      if (message) context.report({ node, message });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'house' }, rules: { boundaries } };
