import { PageHeader } from "@/components/layout/page-header";
import { CustomRoleDialog } from "@/components/roles/custom-role-dialog";
import { DeleteCustomRole } from "@/components/roles/delete-custom-role";
import { db } from "@/lib/db/client";
import { ALL_PERMISSIONS, BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, PERMISSIONS, can, canGrant, type Permission } from "@/lib/permissions";
import { requireMember } from "@/lib/teams/require-member";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata = { title: "Roles" };

/** The permission column stays in view while the roles scroll past it on a narrow screen. Its edge is a
 *  pseudo-element: a sticky cell's shadow or border does not show with collapsed borders. */
const STICKY_COLUMN = "sticky left-0 z-10 after:absolute after:inset-y-0 after:right-0 after:w-px after:bg-zinc-200";

export default async function RolesPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  const customRoles = await db.customRole.findMany({
    where: { teamId: member.team.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true, permissions: true, _count: { select: { memberships: true } } },
  });
  const manage = can(member, "team.roles");
  const choices = ALL_PERMISSIONS.map((p) => ({ key: p, description: PERMISSIONS[p].description, category: PERMISSIONS[p].category, grantable: canGrant(member, [p]) }));
  return (
    <>
      <PageHeader title="Roles" description={`What each role may do in ${member.team.name}. Your role: ${member.roleName}.`} />
      <ScrollRegion label="Permissions of each built-in role" className="rounded-lg border border-zinc-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Permissions of each built-in role</caption>
          <thead className="bg-zinc-50 text-left">
            <tr>
              <th scope="col" className={`${STICKY_COLUMN} bg-zinc-50 px-4 py-3 font-medium`}>Permission</th>
              {BUILT_IN_ROLE_KEYS.map((r) => (
                <th key={r} scope="col" className="px-3 py-3 text-center font-medium" title={BUILT_IN_ROLES[r].description}>
                  {BUILT_IN_ROLES[r].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ALL_PERMISSIONS.map((p) => (
              <tr key={p} className="border-t border-zinc-100">
                <th scope="row" className={`${STICKY_COLUMN} min-w-44 bg-white px-4 py-2 text-left font-normal`}>
                  <span className="block">{PERMISSIONS[p].description}</span>
                  <span className="text-xs text-zinc-600">{PERMISSIONS[p].category} · {p}</span>
                </th>
                {BUILT_IN_ROLE_KEYS.map((r) => {
                  const has = (BUILT_IN_ROLES[r].permissions as readonly string[]).includes(p);
                  return (
                    <td key={r} className="px-3 py-2 text-center">
                      <span aria-hidden className={has ? "text-emerald-700" : "text-zinc-300"}>{has ? "✓" : "–"}</span>
                      <span className="sr-only">{has ? "Allowed" : "Not allowed"}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <section aria-labelledby="custom-roles" className="mt-10 space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="custom-roles" className="text-lg font-semibold">
              Custom roles
            </h2>
            <p className="text-sm text-zinc-600">Roles your team defines from the permissions above, assignable like the built-in ones.</p>
          </div>
          {manage && <CustomRoleDialog slug={member.team.slug} permissions={choices} />}
        </div>
        {customRoles.length === 0 ? (
          <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">No custom roles yet.</p>
        ) : (
          <ul className="space-y-2">
            {customRoles.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-zinc-200 bg-white p-4" data-testid="custom-role">
                <div className="space-y-1">
                  <p className="font-medium">
                    {r.name} <span className="text-sm font-normal text-zinc-600">· {r._count.memberships} member(s)</span>
                  </p>
                  {r.description && <p className="text-sm text-zinc-700">{r.description}</p>}
                  <p className="text-xs text-zinc-600">{r.permissions.map((p) => PERMISSIONS[p as Permission]?.description ?? p).join(" · ")}</p>
                </div>
                {manage && (
                  <div className="flex items-center gap-1">
                    <CustomRoleDialog slug={member.team.slug} permissions={choices} role={r} />
                    <DeleteCustomRole slug={member.team.slug} roleId={r.id} name={r.name} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <h2 className="mt-10 mb-3 text-lg font-semibold">Built-in roles</h2>
      <ul className="grid gap-3 text-sm sm:grid-cols-2">
        {BUILT_IN_ROLE_KEYS.map((r) => (
          <li key={r} className="rounded-md border border-zinc-200 bg-white p-3">
            <span className="font-medium">{BUILT_IN_ROLES[r].name}</span>: {BUILT_IN_ROLES[r].description}
          </li>
        ))}
      </ul>
    </>
  );
}
