/**
 * The order a chunk of values is written in: by element, then period, each by its database number. The
 * rows of one element's period then sit in few block ranges, so the BRIN index on those two columns leads
 * a lookup (an entry form, a replaced key) to a few pages instead of the element's whole history.
 */

/** A key column of the chunk: each row's place (slot) in `nums`, the slots' database numbers. */
export interface OrderKey {
  slots: Int32Array;
  nums: readonly number[];
}

/** Past this many key combinations, one counting sort per key instead of one on all of them. */
const MAX_BUCKETS = 1 << 16;

/**
 * The first `rows` rows' order by the keys, most significant first, keeping file order within a key:
 * a counting sort (linear in the rows; a comparison sort of a 131,072-row chunk costs tens of ms) on all
 * keys at once when they make few combinations, else one per key, least significant first.
 */
export function rowOrder(rows: number, keys: readonly OrderKey[]): Int32Array {
  const ranked = keys.map((key) => ({ slots: key.slots, rank: ranks(key.nums) }));
  const buckets = ranked.reduce((product, key) => product * key.rank.length, 1);
  if (buckets <= MAX_BUCKETS) {
    const bucket = new Int32Array(rows);
    for (const key of ranked)
      for (let at = 0; at < rows; at++) bucket[at] = bucket[at] * key.rank.length + key.rank[key.slots[at]];
    return countingSort(identity(rows), bucket, buckets);
  }
  let order = identity(rows);
  for (let k = ranked.length - 1; k >= 0; k--) {
    const { slots, rank } = ranked[k];
    const bucket = new Int32Array(rows);
    for (let at = 0; at < rows; at++) bucket[at] = rank[slots[at]];
    order = countingSort(order, bucket, rank.length);
  }
  return order;
}

function identity(rows: number): Int32Array<ArrayBuffer> {
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  return order;
}

/** `order` stably sorted by each row's bucket (0 … buckets - 1). */
function countingSort(order: Int32Array, bucket: Int32Array, buckets: number): Int32Array<ArrayBuffer> {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) starts[bucket[order[i]] + 1]++;
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[starts[bucket[order[i]]]++] = order[i];
  return sorted;
}

/** Each slot's rank among the slots by number. */
function ranks(nums: readonly number[]): Int32Array {
  const bySlot = Array.from(nums.keys()).sort((a, b) => nums[a] - nums[b]);
  const rank = new Int32Array(nums.length);
  bySlot.forEach((slot, r) => {
    rank[slot] = r;
  });
  return rank;
}
