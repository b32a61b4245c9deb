-- AlterTable
ALTER TABLE "Stance" ALTER COLUMN "choice" DROP NOT NULL;

-- Secret ballots closed before this migration: keep only that each seat voted, and the totals.
UPDATE "Stance" s SET "choice" = NULL FROM "Poll" p WHERE p."id" = s."pollId" AND p."secret" AND p."status" = 'CLOSED';
UPDATE "Poll" SET "outcome" = jsonb_set("outcome", '{notVotedSeatIds}', '[]'::jsonb) WHERE "secret" AND "outcome" IS NOT NULL;
