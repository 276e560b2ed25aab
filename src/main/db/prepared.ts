import type { DatabaseSync, StatementSync } from 'node:sqlite';

const statementsByDatabase = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * The connection's prepared statement for this SQL text, prepared on first use only:
 * repositories are rebuilt per service and an import runs the same few statements for every
 * file, so compiling them once per connection saves work on every call (bench/RESULTS.md).
 */
export function prepared(db: DatabaseSync, sql: string): StatementSync {
  let statements = statementsByDatabase.get(db);
  if (!statements) {
    statements = new Map();
    statementsByDatabase.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
