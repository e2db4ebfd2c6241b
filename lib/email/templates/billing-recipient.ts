/** How a billing email greets its recipient, and why they received it: `name` is null for the team's invoice email. */
export function billingRecipientText(name: string | null, teamName: string): { greeting: string; footnote: string } {
  return name === null
    ? {
        greeting: "Hello,",
        footnote: `You received this because this address receives ${teamName}'s Roster invoices. Whoever manages the team's billing can change that on its Billing page.`,
      }
    : {
        greeting: `Hi ${name},`,
        footnote: `You received this because you may manage ${teamName}'s billing. To send invoices to one address instead, such as your accounts team, set it on the team's Billing page.`,
      };
}
