/** A failed API call's message, announced to screen readers; renders nothing when all is well. */
export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="error-message" role="alert">
      {message}
    </p>
  );
}
