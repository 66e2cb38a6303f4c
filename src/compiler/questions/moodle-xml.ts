// A lesson's questions as Moodle XML, the file Moodle's question bank imports (Question bank -> Import
// -> Moodle XML format; question/format/xml/format.php reads it). The elements per type are the ones
// that reader takes: <name>, <questiontext> with its <file>s, <generalfeedback>, <defaultgrade>,
// <idnumber>, and per type: multichoice (<single>, <shuffleanswers>, <answernumbering>, the three
// combined feedbacks, <answer fraction>), truefalse (two <answer>s, true and false), shortanswer
// (<usecase>), numerical (<answer> with <tolerance>, <units>), matching (<subquestion> with its
// <answer>), ordering (qtype_ordering, standard in Moodle 4.5: <answer>s in the right order), essay
// (<responseformat>, <responserequired>). Texts are the lesson's Markdown rendered as HTML; a picture
// of the lesson goes in as @@PLUGINFILE@@/name with its bytes in a base64 <file>.

import { assertNever, type Question } from '../../shared/model.js';
import type { Lesson } from '../model.js';
import type { RenderedLesson } from '../render/render-page.js';

/** Moodle's grade fractions are percentages with at most 7 digits (question/format.php). */
const pct = (n: number): string => String(Number(n.toFixed(5)));

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A text element, HTML in CDATA (a `]]>` in it split across two sections), with its pictures. */
function text(tag: string, html: string, assets: ReadonlyMap<string, Uint8Array | string>, indent: string): string {
  const files: string[] = [];
  const body = html.replace(
    /(<img\b[^>]*\bsrc=")(assets\/[^"]+)(")/g,
    (_, before: string, src: string, after: string) => {
      const bytes = assets.get(decodeURIComponent(src));
      if (bytes === undefined) return `${before}${src}${after}`;
      const name = src.slice(src.lastIndexOf('/') + 1);
      files.push(
        `${indent}  <file name="${esc(decodeURIComponent(name))}" path="/" encoding="base64">${Buffer.from(bytes).toString('base64')}</file>`,
      );
      return `${before}@@PLUGINFILE@@/${name}${after}`;
    },
  );
  const cdata = `<![CDATA[${body.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
  return [`${indent}<${tag} format="html">`, `${indent}  <text>${cdata}</text>`, ...files, `${indent}</${tag}>`].join(
    '\n',
  );
}

const plain = (tag: string, value: string | number, indent: string): string =>
  `${indent}<${tag}>${esc(String(value))}</${tag}>`;

function answer(
  fraction: string,
  html: string,
  assets: ReadonlyMap<string, Uint8Array | string>,
  feedback = '',
  extra: string[] = [],
): string {
  return [
    `    <answer fraction="${fraction}" format="html">`,
    `      <text><![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]></text>`,
    ...extra,
    text('feedback', feedback, assets, '      '),
    '    </answer>',
  ].join('\n');
}

function typeOf(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return 'multichoice';
    case 'true-false':
      return 'truefalse';
    case 'fill-in':
      return 'shortanswer';
    case 'numeric':
      return 'numerical';
    case 'match':
      return 'matching';
    case 'order':
      return 'ordering';
    case 'open':
      return 'essay';
    default:
      return assertNever(q);
  }
}

/** The type's own elements. */
function body(q: Question, assets: ReadonlyMap<string, Uint8Array | string>): string[] {
  const combined = [
    text('correctfeedback', q.feedback.correct, assets, '    '),
    text('partiallycorrectfeedback', '', assets, '    '),
    text('incorrectfeedback', q.feedback.incorrect, assets, '    '),
  ];
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = q.choices.filter((c) => c.correct).length;
      // A single question: the right option 100 %. A multiple one: each right option 100/R %, each wrong
      // one -100/R % (Moodle adds them up and never goes below 0): what `scoring: partial` gives. Moodle
      // has no all-or-nothing choice among several answers: without partial, a wrong option costs it all.
      const wrong = q.type === 'single' ? '0' : pct(-100 / (q.partial ? right : 1));
      return [
        plain('single', q.type === 'single' ? 'true' : 'false', '    '),
        plain('shuffleanswers', q.shuffle ? 'true' : 'false', '    '),
        plain('answernumbering', 'abc', '    '),
        ...combined,
        ...q.choices.map((c) =>
          answer(c.correct ? pct(100 / (q.type === 'single' ? 1 : right)) : wrong, c.html, assets),
        ),
      ];
    }
    case 'true-false':
      return [
        answer(q.answer ? '100' : '0', 'true', assets, q.answer ? q.feedback.correct : q.feedback.incorrect),
        answer(q.answer ? '0' : '100', 'false', assets, q.answer ? q.feedback.incorrect : q.feedback.correct),
      ];
    case 'fill-in':
      return [
        plain('usecase', q.caseSensitive ? 1 : 0, '    '),
        ...q.answers.map((a) => answer('100', a, assets, q.feedback.correct)),
      ];
    case 'numeric': {
      // A range min..max is its middle with half its width as tolerance.
      const middle = q.answer ?? (q.min + q.max) / 2;
      const tolerance = Math.max(middle - q.min, q.max - middle);
      return [
        answer('100', String(middle), assets, q.feedback.correct, [
          plain('tolerance', Number(tolerance.toFixed(6)), '      '),
        ]),
        ...(q.unit === ''
          ? []
          : [
              '    <units>',
              '      <unit>',
              plain('multiplier', 1, '        '),
              plain('unit_name', q.unit, '        '),
              '      </unit>',
              '    </units>',
              plain('unitgradingtype', 0, '    '),
              plain('showunits', 3, '    '),
              plain('unitsleft', 0, '    '),
            ]),
      ];
    }
    case 'match':
      return [
        plain('shuffleanswers', 'true', '    '),
        ...combined,
        ...q.sources.map((s) => {
          const target = q.targets.find((t) => t.id === q.pairs[s.id]);
          return [
            '    <subquestion format="html">',
            `      <text><![CDATA[${s.html}]]></text>`,
            `      <answer><text>${esc(plainText(target?.html ?? ''))}</text></answer>`,
            '    </subquestion>',
          ].join('\n');
        }),
      ];
    case 'order':
      return [
        plain('layouttype', 'VERTICAL', '    '),
        plain('selecttype', 'ALL', '    '),
        plain('selectcount', 0, '    '),
        plain('gradingtype', q.partial ? 'ABSOLUTE_POSITION' : 'ALL_OR_NOTHING', '    '),
        ...combined,
        ...q.items.map((item, i) => answer(String(i + 1), item.html, assets)),
      ];
    case 'open':
      return [
        plain('responseformat', 'editor', '    '),
        plain('responserequired', 1, '    '),
        plain('responsefieldlines', 10, '    '),
        plain('attachments', 0, '    '),
        text('graderinfo', '', assets, '    '),
        text('responsetemplate', '', assets, '    '),
      ];
    default:
      return assertNever(q);
  }
}

/** A matching answer is plain text in Moodle. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function moodleXml(lesson: Lesson, rendered: RenderedLesson): string {
  const assets = new Map(lesson.assets.map((a) => [a.target, a.bytes]));
  const questions = rendered.questions.map((q) =>
    [
      `  <question type="${typeOf(q)}">`,
      `    <name><text>${esc(q.id)}</text></name>`,
      text('questiontext', q.promptHtml, assets, '    '),
      text('generalfeedback', '', assets, '    '),
      plain('defaultgrade', q.type === 'open' ? 0 : q.points, '    '),
      plain('penalty', 0, '    '),
      plain('hidden', 0, '    '),
      plain('idnumber', q.id, '    '),
      ...body(q, assets),
      '  </question>',
    ].join('\n'),
  );
  const category = [
    '  <question type="category">',
    `    <category><text>$course$/top/${esc(lesson.meta.title.replace(/\//g, '-'))}</text></category>`,
    '    <info format="html"><text></text></info>',
    '  </question>',
  ].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`;
}
