import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyRow, Table, Th } from "@/components/ui/table";
import type { ApiKeyRow, ApiKeyStatus } from "@/lib/api-keys/queries";
import { RevokeApiKey } from "./revoke-api-key";

const STATUS: Record<ApiKeyStatus, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "green" },
  expired: { label: "Expired", tone: "amber" },
  revoked: { label: "Revoked", tone: "red" },
};

function day(date: Date | null, empty: string): string {
  return date ? date.toISOString().slice(0, 10) : empty;
}

export function ApiKeysTable({ slug, keys, revocable }: { slug: string; keys: (ApiKeyRow & { mayRevoke: boolean })[]; revocable: boolean }) {
  return (
    <Table caption="API keys of this team">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Role</Th>
          <Th>Created by</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Expires</Th>
          <Th>Status</Th>
          {revocable && (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          )}
        </tr>
      </thead>
      <tbody>
        {keys.length === 0 && <EmptyRow colSpan={revocable ? 9 : 8}>No API keys yet.</EmptyRow>}
        {keys.map((key) => (
          <tr key={key.id} data-testid="api-key-row">
            <td className="font-medium">{key.name}</td>
            <td>
              <code className="font-mono text-xs">{key.prefix}_…</code>
            </td>
            <td>{key.roleName}</td>
            <td>{key.creator ? <span title={key.creator.email}>{key.creator.name}</span> : "Former member"}</td>
            <td className="whitespace-nowrap">{day(key.createdAt, "")}</td>
            <td className="whitespace-nowrap">{day(key.lastUsedAt, "Never")}</td>
            <td className="whitespace-nowrap">{day(key.expiresAt, "Never")}</td>
            <td>
              <Badge tone={STATUS[key.status].tone}>{STATUS[key.status].label}</Badge>
            </td>
            {revocable && <td className="text-right">{key.mayRevoke && key.status !== "revoked" && <RevokeApiKey slug={slug} apiKeyId={key.id} label={`${key.name} (${key.prefix})`} />}</td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
