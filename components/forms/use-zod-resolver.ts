import { useEffect, useState } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/** A zod schema, or a loader of one: `() => import("@/lib/x/schemas").then((m) => m.xSchema)`. */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

/**
 * A react-hook-form resolver for a zod schema that loads zod's resolver, and the schema when given
 * a loader, only when first needed: zod then stays out of the page's first load. Loading starts once
 * the form is mounted, so validating never waits in practice.
 */
export function useZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(source: SchemaSource<S>): Resolver<z.input<S>, unknown, z.output<S>> {
  const [validation] = useState(() => lazyZodResolver(source));
  useEffect(() => {
    validation.preload().catch(() => {}); // early loading only; validating loads again if this failed
  }, [validation]);
  return validation.resolver;
}

function lazyZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(source: SchemaSource<S>) {
  type I = z.input<S>;
  type O = z.output<S>;
  let loading: Promise<Resolver<I, unknown, O>> | undefined;
  const preload = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/zod"), typeof source === "function" ? source() : source]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<I, unknown, O>,
      (error: unknown) => {
        loading = undefined; // a chunk that failed to load (offline) is tried again on the next validation
        throw error;
      },
    ));
  const resolver: Resolver<I, unknown, O> = async (values, context, options) => (await preload())(values, context, options);
  return { resolver, preload };
}
