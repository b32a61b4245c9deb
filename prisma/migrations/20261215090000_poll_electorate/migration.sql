-- CreateTable
CREATE TABLE "PollVoter" (
    "pollId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,

    CONSTRAINT "PollVoter_pkey" PRIMARY KEY ("pollId","seatId")
);

-- CreateIndex
CREATE INDEX "PollVoter_seatId_idx" ON "PollVoter"("seatId");

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollVoter" ADD CONSTRAINT "PollVoter_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The electorate of every poll opened before this migration: the member seats that run on the poll's
-- day (its meeting's day, else the day it opened in Amsterdam), as the poll counted them until now.
INSERT INTO "PollVoter" ("pollId", "seatId")
SELECT p.id, s.id
  FROM "Poll" p
  LEFT JOIN "Meeting" m ON m.id = p."meetingId"
  JOIN "Seat" s ON s."committeeId" = p."committeeId" AND s.role = 'MEMBER'
 WHERE s."startsOn" <= COALESCE(m.day, (p."createdAt" AT TIME ZONE 'Europe/Amsterdam')::date)
   AND (s."endsOn" IS NULL OR s."endsOn" >= COALESCE(m.day, (p."createdAt" AT TIME ZONE 'Europe/Amsterdam')::date));
