import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { prepared } from './prepared';

describe('prepared', () => {
  it('prepares a statement once per connection and SQL text', () => {
    const db = new DatabaseSync(':memory:');
    const first = prepared(db, 'SELECT 1 AS one');
    expect(prepared(db, 'SELECT 1 AS one')).toBe(first);
    expect(prepared(db, 'SELECT 2 AS two')).not.toBe(first);
    expect(first.get()).toEqual({ one: 1 });
    db.close();
  });

  it('keeps connections apart', () => {
    const left = new DatabaseSync(':memory:');
    const right = new DatabaseSync(':memory:');
    left.exec('CREATE TABLE t (value TEXT)');
    left.exec("INSERT INTO t VALUES ('left')");
    right.exec('CREATE TABLE t (value TEXT)');
    right.exec("INSERT INTO t VALUES ('right')");
    expect(prepared(left, 'SELECT value FROM t').get()).toEqual({ value: 'left' });
    expect(prepared(right, 'SELECT value FROM t').get()).toEqual({ value: 'right' });
    left.close();
    right.close();
  });
});
