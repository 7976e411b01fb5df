/**
 * An in-process DuckDB for trade flows: extensions are never downloaded (parquet is built in and
 * loaded explicitly), threads and memory are bounded, and values come back as JSON-safe rows.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

export interface DuckOptions {
  /** Worker threads; default 2. */
  readonly threads?: number;
  /** DuckDB memory limit, e.g. '1GB'; beyond it, operators spill to temp files. */
  readonly memoryLimit?: string;
}

/** A DuckDB connection with the few helpers the flows code uses. */
export class Duck {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /**
   * Opens an in-memory database with downloads disabled and parquet loaded.
   *
   * @example
   * const duck = await Duck.open();
   * await duck.rows('SELECT 42 AS answer'); // [{ answer: 42 }]
   * duck.close();
   */
  static async open(options: DuckOptions = {}): Promise<Duck> {
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      threads: String(options.threads ?? 2),
      memory_limit: options.memoryLimit ?? '1GB',
    });
    const connection = await instance.connect();
    const duck = new Duck(instance, connection);
    await duck.run('LOAD parquet');
    return duck;
  }

  /** Runs a statement, ignoring any result. */
  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Runs a query and returns its rows; BIGINT and HUGEINT come back as numbers. */
  async rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((row) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
      return out as T;
    });
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** A SQL string literal. */
export const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;
