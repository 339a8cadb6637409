import type { ReactNode } from "react";

/** The text with each of `phrases` (case-insensitive, whole occurrences) marked. */
export function Highlighted({ text, phrases }: { text: string; phrases: readonly string[] }) {
  const wanted = phrases.map((p) => p.trim()).filter((p) => p.length > 1);
  if (wanted.length === 0) return <>{text}</>;
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const phrase of wanted) {
    const needle = phrase.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) marks.push([at, at + needle.length]);
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start < cursor) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
