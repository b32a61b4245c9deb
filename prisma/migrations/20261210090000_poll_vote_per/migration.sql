-- AlterTable
ALTER TABLE "Poll" ADD COLUMN     "votePer" "VotePer" NOT NULL DEFAULT 'SEAT';

