-- CreateEnum
CREATE TYPE "VotePer" AS ENUM ('SEAT', 'PARTY');

-- AlterEnum
ALTER TYPE "OrganisationKind" ADD VALUE 'OTHER';

-- AlterEnum
ALTER TYPE "SubstituteRule" ADD VALUE 'NONE';

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "article" TEXT,
ADD COLUMN     "chairFrom" TEXT,
ADD COLUMN     "composition" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "mandateRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "meetingMinutes" INTEGER NOT NULL DEFAULT 120,
ADD COLUMN     "ownOrganisationOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "purpose" TEXT,
ADD COLUMN     "seatsPerParty" INTEGER,
ADD COLUMN     "votePer" "VotePer" NOT NULL DEFAULT 'SEAT';

