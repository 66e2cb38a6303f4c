// Parts of the player a launch seldom needs live in package files of their own beside player.js
// (src/runtime/parts/: the other SCORM version's table, the s1 decoder), each an IIFE bundled on its
// own. The player loads one with a <script src> relative to the page only when it needs it: a
// classic script also loads from an unzipped index.html on file:// (fetch and modules do not) and
// under whatever path prefix the LMS serves the package from (Moodle's pluginfile.php/.../content/N/).
// A part hands what it brings to the player by registering it under its name on the window.

declare global {
  interface Window {
    /** What the loaded parts brought, by name. */
    scormdownParts?: Record<string, unknown>;
  }
}

/** Called by a part's file when it runs. */
export function registerPart(name: string, value: unknown): void {
  window.scormdownParts = { ...window.scormdownParts, [name]: value };
}

/** What the part `name` brings, from the package file `file`: loaded now unless it ran already.
 *  Rejects when the file cannot be loaded or does not bring it. */
export function loadPart<T>(win: Window, file: string, name: string): Promise<T> {
  const registered = (): T | undefined => win.scormdownParts?.[name] as T | undefined;
  const ready = registered();
  if (ready !== undefined) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    const failed = (): void => reject(new Error(`${file}: not loaded`));
    script.onload = () => {
      const part = registered();
      if (part === undefined) failed();
      else resolve(part);
    };
    script.onerror = failed;
    script.src = file;
    win.document.head.append(script);
  });
}
