import { describe, expect, it } from 'vitest';
import { archiveArgument } from './launchArgs';

describe('archiveArgument', () => {
  it('takes the archive named after the packaged app', () => {
    expect(archiveArgument(['/opt/klopp-era-archive/klopp-era-archive', '/media/usb/colleague.json'], 1)).toBe('/media/usb/colleague.json');
  });

  it("passes over Electron's own arguments and flags when run unpackaged", () => {
    expect(archiveArgument(['/usr/lib/electron', 'out/main/index.js', '--no-sandbox', 'work.JSON'], 2)).toBe('work.JSON');
    expect(archiveArgument(['/usr/lib/electron', 'out/main/index.js'], 2)).toBeUndefined();
  });

  it('ignores what cannot be an archive file', () => {
    expect(archiveArgument(['app', 'notes.txt', '--inspect=9229'], 1)).toBeUndefined();
  });
});
