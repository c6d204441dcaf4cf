import type { Fact } from '@dukien/core';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A fact without the fields the dataset assigns (id, document, evidence). */
export type FactBody = DistributiveOmit<Fact, 'id' | 'documentId' | 'evidence'>;

/**
 * Generated text as a tree: plain strings, and facts that wrap the text they
 * were read from. Writing the tree yields the text and every fact's offsets at
 * once, so a fact's evidence is its own text by construction.
 */
export type Seg = string | FactSeg | readonly Seg[];

export interface FactSeg {
  readonly fact: FactBody;
  readonly segs: readonly Seg[];
}

export const fact = (body: FactBody, ...segs: Seg[]): FactSeg => ({ fact: body, segs });

/** A fact placed in a text, with UTF-16 offsets. */
export interface PlacedFact {
  body: FactBody;
  start: number;
  end: number;
}

const isFactSeg = (seg: Seg): seg is FactSeg => typeof seg === 'object' && 'fact' in seg;

/** Writes segments into a string, recording each fact at its position. */
export class TextWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly facts: PlacedFact[] = [];

  get position(): number {
    return this.length;
  }

  write(seg: Seg): void {
    if (typeof seg === 'string') {
      // Every piece starts with a base letter, so NFC of the pieces is NFC of the whole.
      const text = seg.normalize('NFC');
      this.parts.push(text);
      this.length += text.length;
    } else if (isFactSeg(seg)) {
      const start = this.length;
      for (const inner of seg.segs) this.write(inner);
      if (this.length === start) throw new Error(`empty span for a ${seg.fact.kind} fact`);
      this.facts.push({ body: seg.fact, start, end: this.length });
    } else {
      for (const inner of seg) this.write(inner);
    }
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The plain text of segments. */
export function textOf(seg: Seg): string {
  if (typeof seg === 'string') return seg;
  if (isFactSeg(seg)) return seg.segs.map(textOf).join('');
  return seg.map(textOf).join('');
}

/** Capitalizes the first letter of the segments (sentence start), facts included. */
export function capitalize(seg: Seg): Seg {
  let done = false;
  const visit = (s: Seg): Seg => {
    if (done) return s;
    if (typeof s === 'string') {
      if (s.length === 0) return s;
      done = true;
      return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
    }
    if (isFactSeg(s)) return { fact: s.fact, segs: s.segs.map(visit) };
    return s.map(visit);
  };
  return visit(seg);
}

/** Joins segments with a separator string. */
export function join(segs: readonly Seg[], separator: string): Seg[] {
  const out: Seg[] = [];
  segs.forEach((seg, i) => {
    if (i > 0) out.push(separator);
    out.push(seg);
  });
  return out;
}
