/** The closest known word to a misspelt one, as the builder suggests it ("did you mean …?"), if any is close. */
export function closestWord(word: string, known: Iterable<string>): string | undefined {
  const limit = word.length < 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance: insertions, deletions and substitutions each cost one. Given a `limit`, it
 * stops as soon as the distance cannot come below it and returns `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  // One row of the table, overwritten in place from left to right; `diagonal` keeps the cell the row had above-left.
  const row: number[] = [];
  for (let j = 0; j <= b.length; j++) row.push(j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      if (row[j] < rowMinimum) rowMinimum = row[j];
    }
    // No cell of a later row is smaller than the smallest of this one.
    if (rowMinimum >= limit) return limit;
  }
  return Math.min(row[b.length], limit);
}

/** `; did you mean X?` when a close word exists, else nothing: ready to append to a message. */
export function didYouMean(word: string, known: Iterable<string>, format: (w: string) => string = (w) => `\`${w}\``): string {
  const suggestion = closestWord(word, known);
  return suggestion ? `; did you mean ${format(suggestion)}?` : '';
}
