import type { ReactNode } from "react";
import type { OptionIcon as OptionIconName } from "~/modules/survey/icons";

// Easy Read's pictures: simple line drawings in the text colour (so they
// follow high-contrast modes), drawn on a 48 × 48 grid. Decorative: the label
// beside each says the same, so they are hidden from screen readers.
const SHAPES: Record<OptionIconName, ReactNode> = {
  yes: <path d="M11 25 L20 34 L37 14" />,
  no: <path d="M14 14 L34 34 M34 14 L14 34" />,
  "not-sure": (
    <>
      <path d="M17 17 Q17 9 24 9 Q31 9 31 16 Q31 21 24 24 V29" />
      <circle cx="24" cy="37" r="1.5" />
    </>
  ),
  "rather-not-say": (
    <>
      <circle cx="24" cy="24" r="17" />
      <path d="M16 27 H32" />
      <path d="M19 19 H20 M28 19 H29" />
    </>
  ),
  none: (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M13 35 L35 13" />
    </>
  ),
  "something-else": (
    <>
      <circle cx="12" cy="24" r="2.5" />
      <circle cx="24" cy="24" r="2.5" />
      <circle cx="36" cy="24" r="2.5" />
    </>
  ),
  home: <path d="M8 23 L24 9 L40 23 M13 19 V39 H35 V19 M21 39 V29 H27 V39" />,
  school: <path d="M6 19 L24 10 L42 19 L24 28 Z M13 23 V33 Q24 40 35 33 V23 M42 19 V30" />,
  food: (
    <>
      <path d="M8 26 H40 Q39 38 24 38 Q9 38 8 26 Z" />
      <path d="M18 20 Q16 16 18 12 M24 20 Q22 16 24 12 M30 20 Q28 16 30 12" />
    </>
  ),
  clothes: <path d="M17 9 L8 15 L12 22 L16 20 V39 H32 V20 L36 22 L40 15 L31 9 Q24 15 17 9 Z" />,
  bed: <path d="M6 16 V38 M6 30 H42 V38 M6 24 H42 V30 M11 24 V19 H20 V24" />,
  adult: (
    <>
      <circle cx="24" cy="12" r="5" />
      <path d="M24 17 V30 M15 23 H33 M24 30 L17 41 M24 30 L31 41" />
    </>
  ),
  friend: (
    <>
      <circle cx="16" cy="15" r="4" />
      <circle cx="32" cy="15" r="4" />
      <path d="M16 19 V30 M10 24 H22 M16 30 L12 39 M16 30 L20 39 M32 19 V30 M26 24 H38 M32 30 L28 39 M32 30 L36 39" />
    </>
  ),
  family: (
    <>
      <circle cx="14" cy="12" r="4" />
      <circle cx="34" cy="12" r="4" />
      <circle cx="24" cy="24" r="3" />
      <path d="M14 16 V30 L10 40 M14 30 L18 40 M34 16 V30 L30 40 M34 30 L38 40 M24 27 V34 L21 40 M24 34 L27 40" />
    </>
  ),
  teacher: (
    <>
      <circle cx="14" cy="14" r="4" />
      <path d="M14 18 V31 L10 40 M14 31 L18 40 M14 23 L22 19" />
      <path d="M24 8 H42 V26 H24 Z M28 14 H38 M28 19 H35" />
    </>
  ),
  talk: <path d="M8 10 H40 V30 H22 L13 38 V30 H8 Z" />,
  phone: (
    <>
      <path d="M15 6 H33 V42 H15 Z" />
      <path d="M21 36 H27" />
    </>
  ),
  chat: <path d="M6 9 H30 V25 H16 L9 31 V25 H6 Z M34 18 H42 V34 H39 V39 L33 34 H20 V29" />,
  always: (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M24 14 V24 L31 29" />
    </>
  ),
  sometimes: (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M24 8 A16 16 0 0 1 24 40 Z" />
    </>
  ),
  never: (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M24 14 V24 L31 29" />
      <path d="M10 38 L38 10" />
    </>
  ),
  play: (
    <>
      <circle cx="24" cy="24" r="15" />
      <path d="M9 24 H39 M24 9 Q15 24 24 39 M24 9 Q33 24 24 39" />
    </>
  ),
  sleep: <path d="M30 8 A16 16 0 1 0 40 30 A13 13 0 0 1 30 8 Z" />,
  safe: <path d="M24 6 L39 12 V23 Q39 36 24 42 Q9 36 9 23 V12 Z" />,
  heart: <path d="M24 40 L10 26 Q4 19 10 12 Q17 6 24 14 Q31 6 38 12 Q44 19 38 26 Z" />,
  star: <path d="M24 6 L29 18 L42 19 L32 28 L35 41 L24 34 L13 41 L16 28 L6 19 L19 18 Z" />,
  money: (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M29 16 Q24 13 20 16 Q17 20 21 23 H28 Q31 27 28 31 Q24 35 18 32 M24 11 V37" />
    </>
  ),
};

/** The picture beside an option in Easy Read. */
export function OptionIcon({ name }: { name: OptionIconName }) {
  return (
    <svg
      className="option-icon"
      viewBox="0 0 48 48"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {SHAPES[name]}
    </svg>
  );
}
