// Printable ASCII is its own NFKD form, without marks (anything else takes the full path).
const ASCII = /^[\x20-\x7e]*$/u;

// Stable ascii ids from names: "Top Glove Sdn Bhd" -> "top-glove-sdn-bhd".
export function slugify(s: string, max = 60): string {
  // Most names of a 100,000-row import skip both passes.
  const folded = ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'x';
}

/**
 * Ids unique within one list: base, base-2, base-3 ... Remembers the next suffix per base, so a
 * file with one name repeated 50,000 times costs linear time, not a quadratic search for a free id.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    if (this.used.has(id)) {
      let n = this.next.get(base) ?? 2;
      do {
        id = `${base}-${n}`;
        n += 1;
      } while (this.used.has(id));
      this.next.set(base, n);
    }
    this.used.add(id);
    return id;
  }
}
