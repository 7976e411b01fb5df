/**
 * Answers already computed, by ETag and URL: a read's body depends only on the code version,
 * the store revision and the day (which the ETag holds) and the URL, so a repeated read is a
 * map lookup. Only the current ETag's bodies are kept: a new one empties the cache, and least
 * recently used bodies go first once it holds `maxBytes` of text.
 */
export class BodyCache {
  private readonly bodies = new Map<string, string>();
  private etag = '';
  private bytes = 0;

  constructor(private readonly maxBytes = 16 * 2 ** 20) {}

  get(etag: string, url: string): string | undefined {
    if (etag !== this.etag) return undefined;
    const body = this.bodies.get(url);
    if (body !== undefined) {
      this.bodies.delete(url);
      this.bodies.set(url, body);
    }
    return body;
  }

  set(etag: string, url: string, body: string): void {
    if (etag !== this.etag) {
      this.bodies.clear();
      this.bytes = 0;
      this.etag = etag;
    }
    if (body.length > this.maxBytes / 4 || this.bodies.has(url)) return;
    this.bodies.set(url, body);
    this.bytes += body.length;
    for (const [k, b] of this.bodies) {
      if (this.bytes <= this.maxBytes) break;
      this.bodies.delete(k);
      this.bytes -= b.length;
    }
  }
}
