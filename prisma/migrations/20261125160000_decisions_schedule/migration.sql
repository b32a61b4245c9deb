-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED', 'HELD');

-- CreateEnum
CREATE TYPE "DeclarationStatus" AS ENUM ('ACCEPTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "PollStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "meetingTime" TEXT NOT NULL DEFAULT '14:00',
ADD COLUMN     "seriesStart" DATE;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "kind" TEXT NOT NULL DEFAULT 'REGULAR',
    "originalDay" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubstitutionDeclaration" (
    "id" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "substituteId" TEXT,
    "declaredById" TEXT NOT NULL,
    "status" "DeclarationStatus" NOT NULL DEFAULT 'ACCEPTED',
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "SubstitutionDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "substituteId" TEXT,
    "reason" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Poll" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "meetingId" TEXT,
    "question" TEXT NOT NULL,
    "options" TEXT[],
    "rule" "DecisionRule" NOT NULL,
    "secret" BOOLEAN NOT NULL DEFAULT false,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "PollStatus" NOT NULL DEFAULT 'OPEN',
    "openedById" TEXT NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "outcome" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Poll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stance" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "castById" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "castAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollMessage" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,

    CONSTRAINT "PollMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "pollId" TEXT,
    "text" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "ratio" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Duty" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "meetingId" TEXT,
    "kind" TEXT NOT NULL,
    "due" DATE NOT NULL,
    "responsible" TEXT,
    "doneAt" TIMESTAMPTZ(3),
    "doneById" TEXT,

    CONSTRAINT "Duty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "leaseUntil" TIMESTAMPTZ(3),
    "leasedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeChannel" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "reference" JSONB,

    CONSTRAINT "CommitteeChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationRef" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConversationRef_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "key" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Meeting_committeeId_day_idx" ON "Meeting"("committeeId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_committeeId_originalDay_key" ON "Meeting"("committeeId", "originalDay");

-- CreateIndex
CREATE INDEX "SubstitutionDeclaration_meetingId_idx" ON "SubstitutionDeclaration"("meetingId");

-- CreateIndex
CREATE INDEX "SubstitutionDeclaration_seatId_idx" ON "SubstitutionDeclaration"("seatId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_seatId_key" ON "Attendance"("meetingId", "seatId");

-- CreateIndex
CREATE INDEX "Poll_status_closesAt_idx" ON "Poll"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Poll_committeeId_idx" ON "Poll"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "Stance_pollId_seatId_key" ON "Stance"("pollId", "seatId");

-- CreateIndex
CREATE INDEX "PollMessage_pollId_idx" ON "PollMessage"("pollId");

-- CreateIndex
CREATE UNIQUE INDEX "PollMessage_platform_channel_messageId_key" ON "PollMessage"("platform", "channel", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_pollId_key" ON "Decision"("pollId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_meetingId_number_key" ON "Decision"("meetingId", "number");

-- CreateIndex
CREATE INDEX "Duty_committeeId_due_idx" ON "Duty"("committeeId", "due");

-- CreateIndex
CREATE UNIQUE INDEX "Duty_meetingId_kind_key" ON "Duty"("meetingId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_key_key" ON "OutboxMessage"("key");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_dueAt_idx" ON "OutboxMessage"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeChannel_committeeId_platform_key" ON "CommitteeChannel"("committeeId", "platform");

-- CreateIndex
CREATE INDEX "ProcessedEvent_at_idx" ON "ProcessedEvent"("at");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubstitutionDeclaration" ADD CONSTRAINT "SubstitutionDeclaration_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubstitutionDeclaration" ADD CONSTRAINT "SubstitutionDeclaration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollMessage" ADD CONSTRAINT "PollMessage_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeChannel" ADD CONSTRAINT "CommitteeChannel_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

