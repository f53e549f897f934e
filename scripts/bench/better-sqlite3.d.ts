// The part of better-sqlite3's API the search benchmark uses (the package ships no types).
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      run(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      get(...params: unknown[]): unknown;
    }
    interface Database {
      prepare(sql: string): Statement;
      exec(sql: string): void;
      pragma(sql: string): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): void;
    }
  }
  const Database: new (file: string, options?: { readonly?: boolean }) => Database.Database;
  export default Database;
}
