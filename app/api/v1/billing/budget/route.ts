import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { changeBudget } from "@/lib/billing/budget";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  PUT: apiRoute(API.setMonthlyBudget, changeBudget),
});
