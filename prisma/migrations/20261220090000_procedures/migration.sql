-- CreateEnum
CREATE TYPE "ProposalStage" AS ENUM ('SUBMITTED', 'PROVISIONAL', 'WORKED_OUT', 'ADOPTED', 'NOT_ADOPTED');

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'PROPOSAL',
    "title" TEXT NOT NULL,
    "onBehalfOfId" TEXT,
    "submittedById" TEXT NOT NULL,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "stage" "ProposalStage" NOT NULL DEFAULT 'SUBMITTED',
    "publishedOn" DATE,
    "reactionsDue" DATE,
    "dutyId" TEXT,
    "workedOutAt" TIMESTAMPTZ(3),
    "pollId" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "pilotFrom" DATE,
    "pilotUntil" DATE,
    "pilotProviders" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalReaction" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "text" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProposalReaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpasseCase" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "stepDue" DATE,
    "mediatedOn" DATE,
    "mediator" TEXT,
    "startedById" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImpasseCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpasseParty" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "documentAt" TIMESTAMPTZ(3),
    "argumentsAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImpasseParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "fromId" TEXT,
    "addedById" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL,
    "handledAt" TIMESTAMPTZ(3),

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_dutyId_key" ON "Proposal"("dutyId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_pollId_key" ON "Proposal"("pollId");

-- CreateIndex
CREATE INDEX "Proposal_committeeId_stage_idx" ON "Proposal"("committeeId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_committeeId_number_key" ON "Proposal"("committeeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalReaction_proposalId_organisationId_key" ON "ProposalReaction"("proposalId", "organisationId");

-- CreateIndex
CREATE INDEX "ImpasseCase_committeeId_idx" ON "ImpasseCase"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ImpasseParty_caseId_organisationId_key" ON "ImpasseParty"("caseId", "organisationId");

-- CreateIndex
CREATE INDEX "AgendaItem_committeeId_idx" ON "AgendaItem"("committeeId");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalReaction" ADD CONSTRAINT "ProposalReaction_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpasseCase" ADD CONSTRAINT "ImpasseCase_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpasseParty" ADD CONSTRAINT "ImpasseParty_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ImpasseCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

