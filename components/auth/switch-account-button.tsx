import { signOutTo } from "@/lib/auth/switch-account-action";
import { buttonClass } from "@/components/ui/button";

/** Signs out and comes back to `returnTo` on the sign-in page, to continue as someone else. */
export function SwitchAccountButton({ returnTo, label = "Sign out and switch account" }: { returnTo: string; label?: string }) {
  return (
    <form action={signOutTo}>
      <input type="hidden" name="redirectTo" value={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} />
      <button type="submit" className={buttonClass("secondary", "w-full")}>
        {label}
      </button>
    </form>
  );
}
