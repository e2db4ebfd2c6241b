import { describe, expect, it } from "vitest";
import { clientIp } from "./request-context";

const forwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the address the nearest trusted proxy appended, not what the client wrote before it", () => {
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(forwarded("6.6.6.6,203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("reads a single entry whatever the number of hops", () => {
    expect(clientIp(forwarded("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(forwarded("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("writes an IPv4 client as IPv4, however the socket mapped it", () => {
    expect(clientIp(forwarded("::ffff:127.0.0.1"), 1)).toBe("127.0.0.1");
    expect(clientIp(forwarded("::FFFF:203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(forwarded("2001:db8::1"), 1)).toBe("2001:db8::1");
    expect(clientIp(forwarded("::ffff:7f00:1"), 1)).toBe("::ffff:7f00:1");
  });

  it("has no address when the header is missing or empty", () => {
    expect(clientIp(forwarded(), 1)).toBeNull();
    expect(clientIp(forwarded(" , "), 1)).toBeNull();
  });
});
