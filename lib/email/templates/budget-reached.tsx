import { Text } from "@react-email/components";
import { percentOfBudget } from "@/lib/billing/bounds";
import { formatCents } from "@/lib/billing/money";
import { billingRecipientText } from "./billing-recipient";
import { EmailButton, EmailLayout } from "./layout";

export const budgetReachedSubject = (teamName: string, percent: number, month: string) =>
  percent >= 100 ? `${teamName} has spent its Roster budget for ${month}` : `${teamName} has reached ${percent}% of its Roster budget for ${month}`;

type Props = { name: string | null; teamName: string; month: string; percent: number; spentCents: number; budgetCents: number; url: string };

/** Sent to a team's billing recipients when its spend this month reaches 50, 80 or 100% of its monthly budget. */
export function BudgetReachedEmail({ name, teamName, month, percent, spentCents, budgetCents, url }: Props) {
  const { greeting, footnote } = billingRecipientText(name, teamName);
  return (
    <EmailLayout preview={budgetReachedSubject(teamName, percent, month)} footnote={footnote}>
      <Text>{greeting}</Text>
      <Text>
        <strong>{teamName}</strong> has spent {formatCents(spentCents)} in {month} (UTC): {percentOfBudget(spentCents, budgetCents)}% of its monthly budget of{" "}
        {formatCents(budgetCents)}.
      </Text>
      <Text>
        {percent >= 100
          ? "Nothing was stopped: running resources keep running, and cost more the longer they run. Stop what is not needed, or raise the budget."
          : "Nothing was stopped. You will hear again if it reaches the next step."}{" "}
        {"The hourly spend limit is what refuses new resources."}
      </Text>
      <EmailButton href={url}>Review the spend</EmailButton>
    </EmailLayout>
  );
}
