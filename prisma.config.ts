/**
 * Prisma CLI configuration that works offline (PLATFORM.md): the WebAssembly schema engine through a
 * driver adapter. DATABASE_URL (postgres) selects PostgreSQL; otherwise the embedded PGlite directory
 * from GREMIUM_DB_DIR (default ./data/gremium) is used and a placeholder URL keeps the CLI on its JS engine.
 */
import path from 'node:path';
import { defineConfig } from 'prisma/config';

const EMBEDDED_PLACEHOLDER = 'postgresql://embedded@localhost/gremium';
/** Only these CLI commands touch the data; generate and diff get a throwaway in-memory database. */
const TOUCHES_DATA = /\b(migrate (deploy|status|reset|resolve)|db (push|pull|execute))\b/.test(process.argv.slice(2).join(' '));
const usePostgres = Boolean(process.env.DATABASE_URL && process.env.DATABASE_URL !== EMBEDDED_PLACEHOLDER);
if (!process.env.DATABASE_URL) process.env.DATABASE_URL = EMBEDDED_PLACEHOLDER;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    if (usePostgres) {
      const { postgresAdapterForCli } = await import('./src/db/postgres.ts');
      return postgresAdapterForCli(process.env.DATABASE_URL!);
    }
    const { pgliteAdapterForCli } = await import('./src/db/pglite.ts');
    return pgliteAdapterForCli(TOUCHES_DATA ? (process.env.GREMIUM_DB_DIR ?? path.join('data', 'gremium')) : ':memory:');
  },
});
