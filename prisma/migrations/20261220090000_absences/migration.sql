-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "substituteRequired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SubstitutionDeclaration" ADD COLUMN     "absenceId" TEXT;

-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "substituteId" TEXT,
    "reason" TEXT,
    "declaredById" TEXT NOT NULL,
    "status" "DeclarationStatus" NOT NULL DEFAULT 'ACCEPTED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Absence_committeeId_status_idx" ON "Absence"("committeeId", "status");

-- CreateIndex
CREATE INDEX "Absence_personId_idx" ON "Absence"("personId");

-- AddForeignKey
ALTER TABLE "SubstitutionDeclaration" ADD CONSTRAINT "SubstitutionDeclaration_absenceId_fkey" FOREIGN KEY ("absenceId") REFERENCES "Absence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

