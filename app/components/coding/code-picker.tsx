import { useEffect, useState } from "react";
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";

export interface PickerCode {
  id: string;
  code: string;
  label: string;
}

/** True once the page has hydrated (false in the server's HTML and with JavaScript off). */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * Choosing a code from the codebook: a native select in the server's HTML
 * (before hydration and with JavaScript off), a react-aria ComboBox after, so
 * analysts can type a few letters. Both post the code's id as `name`. The
 * ComboBox renders only in the browser: its popover positions itself with
 * inline styles, which the CSP refuses in server HTML but allows from script.
 */
export function CodePicker({
  id,
  name,
  label,
  hint,
  codes,
  placeholder,
  showAll,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  codes: PickerCode[];
  placeholder: string;
  showAll: string;
}) {
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<string | null>(null);
  const hintId = `${id}-hint`;
  if (!hydrated) {
    return (
      <div className="form-group">
        <label className="label" htmlFor={id}>
          {label}
        </label>
        <div className="hint" id={hintId}>
          {hint}
        </div>
        <select className="select" id={id} name={name} aria-describedby={hintId} defaultValue="">
          <option value="">{placeholder}</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label} ({c.code})
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="form-group">
      <ComboBox
        className="combobox"
        menuTrigger="focus"
        selectedKey={selected}
        onSelectionChange={(key) => setSelected(key === null ? null : String(key))}
        defaultItems={codes.map((c) => ({ ...c, text: `${c.label} (${c.code})` }))}
        aria-describedby={hintId}
      >
        <Label className="label">{label}</Label>
        <div className="hint" id={hintId}>
          {hint}
        </div>
        <div className="combobox__field">
          <Input className="input combobox__input" id={id} />
          <AriaButton className="combobox__button" aria-label={showAll}>
            <span aria-hidden="true">▾</span>
          </AriaButton>
        </div>
        <Popover className="combobox__popover">
          <ListBox className="combobox__list">
            {(item: PickerCode & { text: string }) => (
              <ListBoxItem id={item.id} className="combobox__option" textValue={item.text}>
                {item.text}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <input type="hidden" name={name} value={selected ?? ""} />
    </div>
  );
}
