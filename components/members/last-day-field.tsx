import type { ComponentProps } from "react";
import { InputField } from "@/components/ui/field";
import { MAX_ACCESS_DAYS, utcDay } from "@/lib/members/schemas";

/** The date field for the last day of a member's access: from today to 5 years ahead, in UTC. */
export function LastDayField(props: Omit<ComponentProps<typeof InputField>, "type" | "min" | "max">) {
  return <InputField type="date" min={utcDay()} max={utcDay(MAX_ACCESS_DAYS)} {...props} />;
}
