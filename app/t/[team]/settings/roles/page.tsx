import { PageHeader } from "@/components/layout/page-header";
import { ALL_PERMISSIONS, BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, PERMISSIONS } from "@/lib/permissions";
import { requireMember } from "@/lib/teams/require-member";

export const metadata = { title: "Roles" };

export default async function RolesPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  return (
    <>
      <PageHeader title="Roles" description={`What each role may do in ${member.team.name}. Your role: ${member.roleName}.`} />
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Permissions of each built-in role</caption>
          <thead className="bg-zinc-50 text-left">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Permission</th>
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
                <th scope="row" className="px-4 py-2 text-left font-normal">
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
      </div>
      <ul className="mt-6 grid gap-3 text-sm sm:grid-cols-2">
        {BUILT_IN_ROLE_KEYS.map((r) => (
          <li key={r} className="rounded-md border border-zinc-200 bg-white p-3">
            <span className="font-medium">{BUILT_IN_ROLES[r].name}</span>: {BUILT_IN_ROLES[r].description}
          </li>
        ))}
      </ul>
    </>
  );
}
