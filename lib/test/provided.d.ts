declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseProvider: "pglite" | "postgres";
  }
}
export {};
