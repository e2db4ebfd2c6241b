export function InvoiceStatus({ status }: { status: string }) {
  const paid = status === "paid";
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${paid ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900"}`}>
      {paid ? "Paid" : "Open"}
    </span>
  );
}
