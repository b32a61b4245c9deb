-- CreateTable
CREATE TABLE "RegistryRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "auditId" BIGINT NOT NULL,

    CONSTRAINT "RegistryRevision_pkey" PRIMARY KEY ("id")
);

-- The registry as it stands: the newest audit entry of an organisation, person, committee, seat or
-- mandate (0 on an empty database). From here on src/services/audit.ts moves it with every such change.
INSERT INTO "RegistryRevision" ("id", "auditId")
SELECT 1, COALESCE(max("id"), 0) FROM "AuditEntry" WHERE "subjectType" IN ('Organisation', 'Person', 'Committee', 'Seat', 'Mandate');
