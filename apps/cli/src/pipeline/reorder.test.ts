import { describe, expect, it } from 'vitest';
import { InOrder } from './reorder.js';

describe('InOrder', () => {
  it('emits in index order whatever the arrival order', () => {
    const out: string[] = [];
    const order = new InOrder<string>((v) => out.push(v));
    order.push(2, 'c');
    order.push(0, 'a');
    expect(out).toEqual(['a']);
    expect(order.held).toBe(1);
    order.push(1, 'b');
    order.push(3, 'd');
    expect(out).toEqual(['a', 'b', 'c', 'd']);
    expect(order.next).toBe(4);
    expect(order.held).toBe(0);
  });
});
