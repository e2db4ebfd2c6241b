import { describe, expect, it } from "vitest";
import { deviceCookieOf, newDeviceCookie, trustedDeviceId } from "./device-cookie";

const secret = "a-test-secret-a-test-secret-0123456789";

describe("device cookies", () => {
  it("trust a cookie signed for the same address only", () => {
    const cookie = newDeviceCookie("ada@example.test", secret);
    expect(trustedDeviceId(cookie, "ada@example.test", secret)).toBe(cookie.split(".")[0]);
    expect(trustedDeviceId(cookie, "eve@example.test", secret)).toBeNull();
    expect(trustedDeviceId(cookie, "ada@example.test", `${secret}-rotated`)).toBeNull();
  });

  it("refuse altered, truncated and empty values", () => {
    const [id, mac] = newDeviceCookie("ada@example.test", secret).split(".");
    expect(trustedDeviceId(`${id}x.${mac}`, "ada@example.test", secret)).toBeNull();
    expect(trustedDeviceId(`${id}.${mac!.slice(0, -2)}`, "ada@example.test", secret)).toBeNull();
    expect(trustedDeviceId(`${id}.${mac}.extra`, "ada@example.test", secret)).toBeNull();
    expect(trustedDeviceId(id, "ada@example.test", secret)).toBeNull();
    expect(trustedDeviceId("", "ada@example.test", secret)).toBeNull();
    expect(trustedDeviceId(null, "ada@example.test", secret)).toBeNull();
  });

  it("are read from a Cookie header among others", () => {
    expect(deviceCookieOf(new Headers({ cookie: "a=1; roster-device=abc.def; b=2" }))).toBe("abc.def");
    expect(deviceCookieOf(new Headers({ cookie: "roster-devices=x" }))).toBeNull();
    expect(deviceCookieOf(new Headers())).toBeNull();
  });
});
