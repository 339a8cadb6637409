import { contentWords } from "./text-features";

/**
 * Groups texts that talk about the same thing: TF-IDF over stemmed content
 * words, then average-linkage agglomerative clustering by cosine similarity,
 * merging while the two closest groups are at least `minSimilarity` alike.
 * Offline and deterministic: the same texts in the same order give the same
 * groups (ties go to the lower index).
 */
export interface ClusterInput {
  id: string;
  text: string;
}

export interface Cluster {
  /** Member ids, most representative (closest to the group's centre) first. */
  ids: string[];
  /** The words that mark the group, strongest first (as people wrote them). */
  keyWords: string[];
}

export interface ClusterOptions {
  minSimilarity?: number;
  minSize?: number;
  maxKeyWords?: number;
  /** At most this many texts are clustered (the first ones given). */
  maxItems?: number;
}

type Vector = Map<number, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  return dot;
}

export function clusterTexts(texts: readonly ClusterInput[], options: ClusterOptions = {}): Cluster[] {
  const { minSimilarity = 0.18, minSize = 2, maxKeyWords = 5, maxItems = 400 } = options;
  const items = texts.slice(0, maxItems);
  const n = items.length;
  if (n === 0) return [];

  // Vocabulary, document frequencies and the most common spelling of each stem.
  const vocab = new Map<string, number>();
  const surface: Map<string, number>[] = [];
  const docTerms: Map<number, number>[] = [];
  for (const item of items) {
    const counts = new Map<number, number>();
    for (const token of contentWords(item.text)) {
      let index = vocab.get(token.stem);
      if (index === undefined) {
        index = vocab.size;
        vocab.set(token.stem, index);
        surface.push(new Map());
      }
      counts.set(index, (counts.get(index) ?? 0) + 1);
      const forms = surface[index]!;
      forms.set(token.word, (forms.get(token.word) ?? 0) + 1);
    }
    docTerms.push(counts);
  }
  const df = new Array<number>(vocab.size).fill(0);
  for (const counts of docTerms) for (const k of counts.keys()) df[k]!++;
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);

  const vectors: Vector[] = docTerms.map((counts) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, c] of counts) {
      const w = (1 + Math.log(c)) * idf[k]!;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });

  // Average linkage with the Lance-Williams update on a full similarity matrix.
  const sim: Float64Array[] = vectors.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      sim[i]![j] = s;
      sim[j]![i] = s;
    }
  }
  const members: (number[] | null)[] = items.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!members[i]) continue;
      const row = sim[i]!;
      for (let j = i + 1; j < n; j++) {
        if (!members[j]) continue;
        if (row[j]! > best) {
          best = row[j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < minSimilarity) break;
    const a = members[bi]!;
    const b = members[bj]!;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === bi || k === bj) continue;
      const s = (a.length * sim[bi]![k]! + b.length * sim[bj]![k]!) / (a.length + b.length);
      sim[bi]![k] = s;
      sim[k]![bi] = s;
    }
    members[bi] = [...a, ...b];
    members[bj] = null;
  }

  const stems = [...vocab.keys()];
  const clusters: Cluster[] = [];
  for (const group of members) {
    if (!group || group.length < minSize) continue;
    const centre: Vector = new Map();
    for (const i of group) for (const [k, w] of vectors[i]!) centre.set(k, (centre.get(k) ?? 0) + w);
    // Key words: strongest in the centre, and shared by more than one member where possible.
    const inMembers = (k: number) => group.filter((i) => vectors[i]!.has(k)).length;
    const ranked = [...centre.entries()]
      .map(([k, w]) => ({ k, w, shared: inMembers(k) }))
      .sort((x, y) => Number(y.shared > 1) - Number(x.shared > 1) || y.w - x.w || stems[x.k]!.localeCompare(stems[y.k]!));
    const keyWords = ranked.slice(0, maxKeyWords).map(({ k }) => {
      const forms = [...surface[k]!.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
      return forms[0]![0];
    });
    const ordered = [...group].sort((x, y) => cosine(vectors[y]!, centre) - cosine(vectors[x]!, centre) || x - y);
    clusters.push({ ids: ordered.map((i) => items[i]!.id), keyWords });
  }
  // Biggest groups first; equal sizes in the order their first text came.
  return clusters.sort((x, y) => y.ids.length - x.ids.length || texts.findIndex((t) => t.id === x.ids[0]) - texts.findIndex((t) => t.id === y.ids[0]));
}
