"use client";

import { useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { deleteCustomRoleAction } from "@/lib/roles/actions";

export function DeleteCustomRole({ slug, roleId, name }: { slug: string; roleId: string; name: string }) {
  const runner = useActionRunner();
  return (
    <span className="inline-flex items-center gap-2">
      {runner.error && (
        <span role="alert" className="max-w-80 text-xs text-red-700">
          {runner.error}
        </span>
      )}
      <Button variant="ghost-danger" aria-label={`Delete ${name}`} disabled={runner.pending} onClick={() => runner.run(() => deleteCustomRoleAction(slug, { roleId }))}>
        Delete
      </Button>
    </span>
  );
}
