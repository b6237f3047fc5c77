/**
 * Where JSON text stops being valid, as an offset. `JSON.parse` says *that* text is malformed but,
 * depending on the engine and the error, not *where*; a municipality fixing its deck file needs the
 * line and column. Only called after `JSON.parse` failed, so speed does not matter. Iterative (an
 * explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const stack: ('{' | '[')[] = [];
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else throw at;
  };
  const string = () => {
    at += 1; // opening quote
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        at += 1;
        return;
      }
      if (char === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw at;
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else throw at;
      } else if (char < ' ') throw at;
      else at += 1;
    }
    throw at;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) throw at;
    at += match[0].length;
  };
  const value = (): boolean => {
    // Returns true when a container was opened (its contents follow).
    skipSpace();
    const char = text[at];
    if (char === '{' || char === '[') {
      stack.push(char);
      at += 1;
      return true;
    }
    if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else throw at;
    return false;
  };
  const key = () => {
    skipSpace();
    if (text[at] !== '"') throw at;
    string();
    skipSpace();
    if (text[at] !== ':') throw at;
    at += 1;
  };
  try {
    if (value()) {
      // Inside a container: expect its first member or its end.
      let first = true;
      while (stack.length > 0) {
        skipSpace();
        const top = stack[stack.length - 1]!;
        const close = top === '{' ? '}' : ']';
        if (text[at] === close) {
          stack.pop();
          at += 1;
          first = false;
          continue;
        }
        if (!first) {
          if (text[at] !== ',') throw at;
          at += 1;
        }
        if (top === '{') key();
        first = value();
      }
    }
    skipSpace();
    return at < text.length ? at : -1;
  } catch (offset) {
    return typeof offset === 'number' ? Math.min(offset, text.length) : -1;
  }
}
