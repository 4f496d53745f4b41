/** Han characters and the CJK and full-width punctuation blocks: what makes a neighbour Chinese. */
export const CJK_CHARACTER =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d]/u;

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

const ASCII_WORD = /[A-Za-z0-9]/;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * Chinese prose with the punctuation of Chinese prose: half-width , ; : ! ? ( ) and straight double
 * quotes become ，；：！？（）“” and a full stop after a Han character becomes 。. What belongs to
 * Latin text stays: 1,000 and 10:30 (between digits or letters), http://, f(x). Spaces after a mark
 * made full-width go, since the full-width mark carries its own space. Text without any Chinese
 * character is returned as it is, and the function is idempotent.
 */
export const toChinesePunctuation = (text: string): string => {
  if (!CJK_CHARACTER.test(text)) return text;
  const chars = [...text];
  const out: string[] = [];
  // Whether each open parenthesis still waiting for its match was made full-width.
  const opened: boolean[] = [];
  let quoteOpen = false;
  let skipSpaces = false;
  chars.forEach((char, index) => {
    if (skipSpaces && char === ' ') return;
    skipSpaces = false;
    const before = chars[index - 1] ?? '';
    const after = chars[index + 1] ?? '';
    const betweenLatin = ASCII_WORD.test(before) && ASCII_WORD.test(after);
    switch (char) {
      case ',':
      case ';':
      case ':':
      case '!':
      case '?': {
        const latin = betweenLatin || (char === ':' && after === '/');
        out.push(latin ? char : FULL_WIDTH[char]!);
        skipSpaces = !latin;
        return;
      }
      case '(': {
        const latin = ASCII_WORD.test(before) && ASCII_LETTER.test(after);
        opened.push(!latin);
        out.push(latin ? char : FULL_WIDTH[char]!);
        return;
      }
      case ')': {
        const wide = opened.length > 0 ? opened.pop()! : !betweenLatin;
        out.push(wide ? FULL_WIDTH[char]! : char);
        return;
      }
      case '"':
        out.push(quoteOpen ? '”' : '“');
        quoteOpen = !quoteOpen;
        return;
      case '.': {
        const fullStop = /[\u3400-\u9fff]/u.test(before) && !ASCII_WORD.test(after);
        out.push(fullStop ? '。' : char);
        skipSpaces = fullStop;
        return;
      }
      default:
        out.push(char);
    }
  });
  return out.join('');
};

/** Half-width , : ; ( ) touching a Chinese character: what `toChinesePunctuation` leaves none of. */
export const HALF_WIDTH_BESIDE_CJK =
  /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef][,:;()]|[,:;()][\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;
