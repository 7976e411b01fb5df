import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { prepareText } from './text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('Québec’s duty'))).toBe('Québec’s duty');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x4f, 0x6b))).toBe('Ok');
  });

  it('reads UTF-16 in either byte order when a byte order mark says so', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x4f, 0, 0x19, 0x20))).toBe('O’');
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x4f, 0x20, 0x19))).toBe('O’');
  });

  it('reads bytes that are no UTF-8 as Windows-1252', () => {
    const read = (...b: number[]) => prepareText(decodeText(bytes(...b))).text;
    expect(read(0x93, 0x51, 0x75, 0xe9, 0x62, 0x65, 0x63, 0x94)).toBe('“Québec”');
    // a lone continuation byte in otherwise plain text
    expect(read(0x31, 0x30, 0x80)).toBe('10€');
  });

  it('leaves binary data to be refused by its NUL bytes', () => {
    const png = decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3));
    expect(() => prepareText(png)).toThrow(/binary/);
  });
});
