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

/**
 * The first `rows` rows' order by the keys, most significant first: stable counting sorts, least
 * significant key first (linear in the rows; a comparison sort of a 131,072-row chunk costs tens of ms).
 */
export function rowOrder(rows: number, keys: readonly OrderKey[]): Int32Array {
  let order: Int32Array<ArrayBuffer> = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  for (let k = keys.length - 1; k >= 0; k--) order = countingSort(order, keys[k]);
  return order;
}

function countingSort(order: Int32Array, key: OrderKey): Int32Array<ArrayBuffer> {
  const rank = ranks(key.nums);
  const starts = new Int32Array(rank.length + 1);
  for (let i = 0; i < order.length; i++) starts[rank[key.slots[order[i]]] + 1]++;
  for (let r = 0; r < rank.length; r++) starts[r + 1] += starts[r];
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[starts[rank[key.slots[order[i]]]]++] = order[i];
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
