-- A duty may name its holders (a warm handover: the one who leaves and the successor, or a committee
-- task: the people its Taken cell names) and carry a title (a task's name as the workbook writes it).
ALTER TABLE "Duty" ADD COLUMN "title" TEXT;
ALTER TABLE "Duty" ADD COLUMN "holderIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
