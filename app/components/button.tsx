import type { ButtonHTMLAttributes } from "react";

/** The one button style for forms: the page's main action. */
export function Button({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="submit" className={`button${className ? ` ${className}` : ""}`} data-prevent-double-click="" {...props} />;
}
