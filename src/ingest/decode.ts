/**
 * The text of an article's file from its bytes. Shared by the CLI and the dashboard's file
 * picker, so that both read a file alike.
 */

/**
 * Reads bytes as text: UTF-8 (a byte order mark dropped); UTF-16 when a byte order mark says
 * so, as Windows editors save "Unicode" text; and bytes that are no UTF-8 as Windows-1252, the
 * older encoding of such editors, where 0x92 is a right quotation mark. Binary data is left
 * for `prepareText` to refuse, by its NUL bytes or control characters.
 *
 * @example
 * prepareText(decodeText(new Uint8Array([0x43, 0x68, 0x69, 0x6e, 0x61, 0x92, 0x73]))).text;
 * // 'China’s'
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Browsers map 0x80–0x9F to Windows-1252's marks; Node 20 leaves them as C1 codes, which
    // `prepareText` reads as those marks. Either way no byte is lost.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
