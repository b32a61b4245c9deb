-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "digestDay" INTEGER DEFAULT 1;

