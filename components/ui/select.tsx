import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A native select styled like the inputs: keyboard and screen-reader behaviour come for free. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      data-slot="select"
      className={cn("border-input bg-background focus-visible:ring-ring h-9 rounded-md border px-2 text-sm focus-visible:ring-2 focus-visible:outline-none", className)}
      {...props}
    />
  );
}
