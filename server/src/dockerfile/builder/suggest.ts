/** The closest known word to a misspelt one, as the builder suggests it ("did you mean …?"), if any is close. */
export function closestWord(word: string, known: Iterable<string>): string | undefined {
  const limit = word.length < 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** `; did you mean X?` when a close word exists, else nothing: ready to append to a message. */
export function didYouMean(word: string, known: Iterable<string>, format: (w: string) => string = (w) => `\`${w}\``): string {
  const suggestion = closestWord(word, known);
  return suggestion ? `; did you mean ${format(suggestion)}?` : '';
}
