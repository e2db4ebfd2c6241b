import { buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { DAY_BOUNDS } from "@/lib/validation/calendar-day";

/** A plain GET form: the period lives in the URL, so reports can be bookmarked and shared. */
export function UsagePeriodForm({ from, to, errors }: { from: string; to: string; errors: Record<string, string> }) {
  return (
    <form method="get" noValidate className="flex flex-wrap items-start gap-3">
      <div className="w-44">
        <InputField type="date" {...DAY_BOUNDS} name="from" label="First day (UTC)" defaultValue={from} error={errors.from} />
      </div>
      <div className="w-44">
        <InputField type="date" {...DAY_BOUNDS} name="to" label="Last day (UTC)" defaultValue={to} error={errors.to} />
      </div>
      <button type="submit" className={buttonClass("secondary", "mt-7")}>
        Show
      </button>
    </form>
  );
}
