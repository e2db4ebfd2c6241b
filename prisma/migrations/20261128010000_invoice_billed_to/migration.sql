-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "billedTo" JSONB;

-- Invoices issued before this column: the best record of whom they were billed to is the default card now.
UPDATE "Invoice" i
SET "billedTo" = jsonb_build_object('billingName', p."billingName", 'addressLine', p."addressLine", 'city', p.city, 'postalCode', p."postalCode", 'country', p.country)
FROM "PaymentMethod" p
WHERE p."teamId" = i."teamId" AND p."isDefault";
