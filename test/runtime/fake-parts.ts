// A fake page's way of running a package file the player loads with <script src> (src/runtime/
// load-part.ts): the file `src` runs by registering what it brings, as the part's IIFE does in a
// browser; any other file fails to load. The browser tests load the real files.

interface PartWindow {
  document: object;
  scormdownParts?: Record<string, unknown>;
}

/** Gives `win` a document whose <script>s run the files in `files` (src -> [name, what it brings]);
 *  returns the srcs loaded, in order. */
export function servePartFiles(win: object, files: Record<string, [string, unknown]>): string[] {
  const page = win as PartWindow;
  const loaded: string[] = [];
  const document = {
    ...page.document,
    createElement: () => ({ src: '', onload: () => {}, onerror: () => {} }),
    head: {
      append(script: { src: string; onload: () => void; onerror: () => void }) {
        const file = files[script.src];
        loaded.push(script.src);
        if (file === undefined) return void setTimeout(script.onerror);
        page.scormdownParts = { ...page.scormdownParts, [file[0]]: file[1] };
        setTimeout(script.onload);
      },
    },
  };
  page.document = document;
  return loaded;
}
