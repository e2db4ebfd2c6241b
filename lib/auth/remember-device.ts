import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, newDeviceCookie } from "./device-cookie";

/** Marks this browser as one the account uses, after a sign-in by password or by emailed link. */
export async function rememberDevice(email: string, secure: boolean): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, newDeviceCookie(email), { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
}

/** After a password sign-in succeeded: remembers this browser, then goes where Auth.js sends it. */
export async function rememberDeviceAndGo(email: string, destination: string): Promise<never> {
  const url = new URL(destination);
  // Secure exactly when Auth.js's own cookies are: it builds the destination from the request's origin.
  await rememberDevice(email, url.protocol === "https:");
  redirect(url.pathname + url.search + url.hash);
}
