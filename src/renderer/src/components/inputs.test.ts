import { describe, expect, it } from 'vitest';
import { withScheme } from './inputs';

describe('an address typed into a form', () => {
  it('gets https:// when typed without a scheme', () => {
    expect(withScheme('www.bbc.co.uk/sport/football/68393410')).toBe('https://www.bbc.co.uk/sport/football/68393410');
    expect(withScheme('  liverpoolfc.com ')).toBe('https://liverpoolfc.com');
    expect(withScheme('bbc.co.uk:443/sport')).toBe('https://bbc.co.uk:443/sport');
  });

  it('keeps the scheme it was given, so a wrong one is still refused by the rule', () => {
    expect(withScheme('http://example.org')).toBe('http://example.org');
    expect(withScheme('ftp://example.org/file')).toBe('ftp://example.org/file');
  });

  it('is no address when the box is empty', () => {
    expect(withScheme('   ')).toBeUndefined();
  });
});
