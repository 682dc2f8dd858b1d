import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerViolations, sourceFiles } from './test/layers';

const ROOT = join(import.meta.dirname, '..');

describe('the layers', () => {
  it('hold in this repository: no Electron in the domain, no main in the renderer, adapters only through the front door', () => {
    const files = sourceFiles(ROOT, ['src', 'e2e']);
    expect(files.length).toBeGreaterThan(200);
    expect(layerViolations(files)).toEqual([]);
  });

  it('are broken by each kind of import they forbid', () => {
    const problems = layerViolations([
      { path: 'src/main/archive/window.ts', text: "import { BrowserWindow } from 'electron';" },
      { path: 'src/renderer/src/App.tsx', text: "import { openArchive } from '../../main/archive';" },
      { path: 'src/main/api/newHandlers.ts', text: "import { ArchiveStore } from '../archive/store';\nconst x = archive.store.data;" },
      { path: 'src/cli/commands/new.ts', text: "const { seasonStats } = await import('../../main/archive/stats/seasonStats');" },
      { path: 'e2e/harness/extra.ts', text: "import { openArchive } from '../../src/main/archive';" },
      { path: 'src/main/api/fine.ts', text: "import type { Archive } from '../archive';" },
    ]);
    expect(problems).toEqual([
      'src/main/archive/window.ts: the domain imports electron',
      'src/renderer/src/App.tsx: the renderer imports ../../main/archive from main',
      "src/main/api/newHandlers.ts: imports ../archive/store; import from the domain's front door (src/main/archive) and export what is needed from its index.ts",
      "src/main/api/newHandlers.ts: reaches into the archive's store; use the domain's operations",
      "src/cli/commands/new.ts: imports ../../main/archive/stats/seasonStats; import from the domain's front door (src/main/archive) and export what is needed from its index.ts",
    ]);
  });
});
