/**
 * Area under the ROC curve as the Mann–Whitney statistic: the probability that a random
 * positive is scored above a random negative, ties counting one half (average ranks).
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  if (labels.length !== n) throw new Error(`rocAuc: ${n} scores but ${labels.length} labels`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let positiveRankSum = 0;
  let start = 0;
  while (start < n) {
    let end = start;
    const value = scores[order[start] as number] as number;
    while (end + 1 < n && scores[order[end + 1] as number] === value) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) {
      if (labels[order[k] as number] === 1) {
        positives += 1;
        positiveRankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new Error('rocAuc needs at least one positive and one negative');
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
