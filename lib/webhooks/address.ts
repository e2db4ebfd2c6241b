import { BlockList, isIP } from "node:net";

// Where a webhook may not point: this host, private networks, link-local (cloud metadata services),
// carrier-grade NAT, multicast and the other special-purpose ranges (RFC 6890).
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) blocked.addSubnet(network, prefix, "ipv6");

/** Whether an IP address is one a webhook must not reach (IPv4-mapped IPv6 is judged as IPv4). */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return blocked.check(mapped[1], "ipv4");
  const family = isIP(ip);
  if (family === 0) return true;
  return blocked.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/** Development and the tests deliver to a receiver on this machine; production never should. */
export function privateAddressesAllowed(): boolean {
  return process.env.ROSTER_WEBHOOKS_ALLOW_PRIVATE === "1";
}
