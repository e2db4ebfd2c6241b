export { GET } from "@/lib/auth/route-handlers";
