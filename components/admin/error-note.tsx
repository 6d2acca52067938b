/** The server's message for a refused action, said plainly where the user is looking. */
export function ErrorNote({ error }: { error: { message: string } | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-red-500/40 bg-red-500/10 px-3 py-2 text-sm text-red-200">
      {error.message}
    </p>
  );
}
