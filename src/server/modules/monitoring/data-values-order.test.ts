import { describe, expect, it } from 'vitest';
import { rowOrder } from './data-values-order.ts';

describe('rowOrder', () => {
  it('orders rows by the keys’ numbers, most significant first, keeping file order within a key', () => {
    // slots are places met in the file; nums are their database numbers, in another order
    const element = { slots: Int32Array.from([1, 0, 1, 0, 1, 0, 0]), nums: [9, 4] };
    const period = { slots: Int32Array.from([0, 1, 1, 0, 0, 0, 1]), nums: [30, 20] };
    const unit = { slots: Int32Array.from([0, 0, 0, 1, 1, 1, 1]), nums: [7, 5] };
    const order = rowOrder(7, [element, period, unit]);
    // element 4 (slot 1): period 20 (row 2), period 30 (row 4 of unit 5, row 0 of unit 7);
    // element 9 (slot 0): period 20 (row 6 of unit 5, row 1 of unit 7), period 30 (rows 3 and 5, both unit 5)
    expect([...order]).toEqual([2, 4, 0, 6, 1, 3, 5]);
  });

  it('agrees with a comparison sort on many rows, and looks only at the first rows given', () => {
    let state = 12345;
    const random = (n: number) => {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      return state % n;
    };
    const size = 5_000;
    const keys = [7, 40, 300].map((count) => ({
      slots: Int32Array.from({ length: size + 10 }, () => random(count)),
      // distinct numbers in an order unlike the slots'
      nums: Array.from({ length: count }, (_, i) => (i * 7_919) % 100_003),
    }));
    const expected = Array.from({ length: size }, (_, i) => i).sort((a, b) => {
      for (const key of keys) {
        const diff = key.nums[key.slots[a]] - key.nums[key.slots[b]];
        if (diff !== 0) return diff;
      }
      return a - b;
    });
    expect([...rowOrder(size, keys)]).toEqual(expected);
  });
});
