// marked recurses once per level of nesting (block quotes, lists, emphasis runs), so Markdown nested
// a couple of thousand levels deep overflows the stack: a RangeError that would end the build with a
// stack trace. Such text is reported where it is written instead (found by test/fuzz/).

/** The rendered text, or null when the Markdown nests too deeply to be read. */
export function unlessTooDeep(render: () => string): string | null {
  try {
    return render();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
