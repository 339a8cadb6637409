/** A simple face, from very sad (1) to very happy (5). Decorative: the words beside it carry the meaning. */
export function FaceIcon({ face }: { face: number }) {
  // The mouth curves from a frown to a wide smile.
  const curve = [-9, -5, 0, 5, 9][Math.min(Math.max(face, 1), 5) - 1] ?? 0;
  const mouth = curve === 0 ? "M14 29 H34" : `M13 29 Q24 ${29 + curve * 1.4} 35 29`;
  return (
    <svg className="face-icon" viewBox="0 0 48 48" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="17" cy="19" r="2.8" fill="currentColor" />
      <circle cx="31" cy="19" r="2.8" fill="currentColor" />
      <path d={mouth} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
