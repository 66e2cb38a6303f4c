// The templates of lib/, precompiled: scripts/compile.mjs replaces this module's body with every
// template under templates/ run through Handlebars.precompile (render-templates.ts precompiledModule),
// so the compiled CLI loads only the Handlebars runtime and compiles nothing. Run from source, it is
// null and render-templates.ts precompiles a template the first time it is used.

/** Template path under templates/ (forward slashes) -> the spec Handlebars.precompile wrote for it. */
export const PRECOMPILED: Readonly<Record<string, object>> | null = null;
