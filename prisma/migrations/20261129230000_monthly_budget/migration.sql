-- A team's monthly budget, and the alerts sent for it this month
-- AlterTable
ALTER TABLE "Team" ADD COLUMN "monthlyBudgetCents" INTEGER,
ADD COLUMN "budgetAlertMonth" TIMESTAMP(3),
ADD COLUMN "budgetAlertPercent" INTEGER NOT NULL DEFAULT 0;
