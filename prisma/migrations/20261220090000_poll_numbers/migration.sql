-- AlterTable
ALTER TABLE "Poll" ADD COLUMN     "number" INTEGER;

-- Polls opened before this migration get their numbers in the order they were opened, per committee.
UPDATE "Poll" p SET "number" = n.rn
FROM (SELECT "id", row_number() OVER (PARTITION BY "committeeId" ORDER BY "createdAt", "id") AS rn FROM "Poll") n
WHERE n."id" = p."id";

-- CreateIndex
CREATE UNIQUE INDEX "Poll_committeeId_number_key" ON "Poll"("committeeId", "number");
