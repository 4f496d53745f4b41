export type TextSegmentOp = 'EQUAL' | 'INSERT' | 'DELETE';

export interface TextSegment {
  op: TextSegmentOp;
  text: string;
}

/** Sentences with their closing mark, so an edited sentence shows as one deletion and one insertion. */
const sentences = (text: string): string[] => text.match(/[^。;;!?!?\n]+[。;;!?!?\n]*|[。;;!?!?\n]+/g) ?? [];

/**
 * A sentence-level diff of two texts (longest common subsequence), consecutive segments of the same
 * kind merged. Section texts are a few dozen sentences, so the quadratic table is small.
 */
export const diffText = (before: string, after: string): TextSegment[] => {
  const a = sentences(before);
  const b = sentences(after);
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] =
        a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const segments: TextSegment[] = [];
  const push = (op: TextSegmentOp, text: string) => {
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += text;
    else segments.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('EQUAL', a[i]!);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      push('DELETE', a[i]!);
      i += 1;
    } else {
      push('INSERT', b[j]!);
      j += 1;
    }
  }
  for (; i < a.length; i += 1) push('DELETE', a[i]!);
  for (; j < b.length; j += 1) push('INSERT', b[j]!);
  return segments;
};
