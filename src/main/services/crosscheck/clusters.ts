/** Groups items that are linked pairwise (union–find with path halving). */
export class Clusters {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  /** The representative of an item's group. */
  find(item: number): number {
    let current = item;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]!]!;
      current = this.parent[current]!;
    }
    return current;
  }

  /** Puts two items in the same group. */
  join(first: number, second: number): void {
    this.parent[this.find(first)] = this.find(second);
  }

  /** Joins two items' groups only when the merged group passes `accept`. */
  joinIf(first: number, second: number, accept: (members: number[]) => boolean): boolean {
    const [a, b] = [this.find(first), this.find(second)];
    if (a === b) return true;
    const members = this.parent.flatMap((_, item) => {
      const root = this.find(item);
      return root === a || root === b ? [item] : [];
    });
    if (!accept(members)) return false;
    this.parent[a] = b;
    return true;
  }

  /** The groups of at least `minimum` items, each as a list of item indexes. */
  groups(minimum = 2): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, item) => {
      const root = this.find(item);
      const group = byRoot.get(root);
      if (group) group.push(item);
      else byRoot.set(root, [item]);
    });
    return [...byRoot.values()].filter((group) => group.length >= minimum);
  }
}

/**
 * Pairs of items sharing at least one key, found through an inverted index rather than by
 * comparing every pair; keys held by more than `maxShare` items are skipped as too common.
 */
export function pairsSharingKeys(
  keys: readonly ReadonlySet<string>[],
  maxShare = 200,
): [number, number][] {
  const index = new Map<string, number[]>();
  keys.forEach((set, item) => {
    for (const key of set) {
      const items = index.get(key);
      if (items) items.push(item);
      else index.set(key, [item]);
    }
  });
  const pairs = new Set<string>();
  for (const items of index.values()) {
    if (items.length < 2 || items.length > maxShare) continue;
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) pairs.add(`${items[a]} ${items[b]}`);
    }
  }
  return [...pairs].map((pair) => pair.split(' ').map(Number) as [number, number]);
}
