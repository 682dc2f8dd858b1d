import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A source file by its path from the repository root (with /), and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
const DOOR = 'src/main/archive';

/** Every module a file names in an import, an import() or a require(). */
export function importsOf(file: SourceFile): string[] {
  return [...file.text.matchAll(IMPORT)].map((match) => match[1] as string);
}

/** A relative import as a path from the root (without extension); a package name as it is. */
function target(file: SourceFile, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return join(dirname(file.path), specifier).split(sep).join('/').replace(/\.(ts|tsx|js|mjs)$/, '');
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
const isTest = (path: string) => /\.(test|spec)\.tsx?$/.test(path);
const ADAPTERS = ['src/main/api', 'src/cli', 'e2e/harness'];

/**
 * The layers' rules, broken: the domain imports no Electron; the renderer imports nothing of
 * main; an adapter (IPC handlers, command line, browser-test harness) reaches the domain only
 * through its front door, src/main/archive/index.ts, and never touches the store.
 */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      const to = target(file, specifier);
      if (within(file.path, DOOR) && (to === 'electron' || to.startsWith('electron/'))) problems.push(`${file.path}: the domain imports ${specifier}`);
      // A renderer test may drive the real handlers in node; the page's own code never sees main.
      if (within(file.path, 'src/renderer') && !isTest(file.path) && within(to, 'src/main')) problems.push(`${file.path}: the renderer imports ${specifier} from main`);
      const adapter = ADAPTERS.some((folder) => within(file.path, folder)) && !isTest(file.path);
      if (adapter && within(to, DOOR) && to !== DOOR && to !== `${DOOR}/index`) {
        problems.push(`${file.path}: imports ${specifier}; import from the domain's front door (src/main/archive) and export what is needed from its index.ts`);
      }
    }
    const adapter = ADAPTERS.some((folder) => within(file.path, folder)) && !isTest(file.path);
    if (adapter && /\.store\b/.test(file.text)) problems.push(`${file.path}: reaches into the archive's store; use the domain's operations`);
  }
  return problems;
}

/** The TypeScript files below `folders`, read from the repository at `root`. */
export function sourceFiles(root: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  for (const folder of folders) walk(resolve(root, folder));
  return files;
}
