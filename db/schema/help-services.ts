/** How to reach an early-help service. At least one way is given. */
export interface ServiceContact {
  phone?: string;
  /** A number to text. */
  text?: string;
  website?: string;
  /** Where to walk in, e.g. "Northshire Family Hub, Market Street". */
  walkIn?: string;
}
