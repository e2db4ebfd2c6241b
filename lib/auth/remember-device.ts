import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, newDeviceCookie } from "./device-cookie";

/** After a password sign-in succeeded: marks this browser as one the account uses, then goes where Auth.js sends it. */
export async function rememberDeviceAndGo(email: string, destination: string): Promise<never> {
  const url = new URL(destination);
  // Secure exactly when Auth.js's own cookies are: it builds the destination from the request's origin.
  const secure = url.protocol === "https:";
  (await cookies()).set(DEVICE_COOKIE, newDeviceCookie(email), { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS });
  redirect(url.pathname + url.search + url.hash);
}
