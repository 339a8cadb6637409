import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import { useHydrated } from "./use-hydrated";

export interface RowAction {
  id: string;
  label: string;
  href: string;
  /** A file to save (the browser downloads it rather than showing a page). */
  download?: boolean;
}

interface RowMenuProps {
  /** The button's word ("Actions"). */
  label: string;
  /** Said after each action by screen readers, to tell rows apart ("for Home and school"). */
  about: string;
  actions: RowAction[];
}

/**
 * A table row's actions. Before hydration (and without JavaScript) they are
 * plain links in the cell. Once hydrated, one button opens a react-aria menu
 * of the same links: Enter, Space or Down arrow opens it, arrow keys move,
 * Enter follows a link, Escape closes it and focus goes back to the button.
 */
export function RowMenu({ label, about, actions }: RowMenuProps) {
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <ul className="row-actions">
        {actions.map((action) => (
          <li key={action.id} className="row-actions__item">
            <a className="link" href={action.href} download={action.download || undefined}>
              {action.label}
              <span className="visually-hidden"> {about}</span>
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <MenuTrigger>
      <Button className="button button--secondary row-menu__button">
        {label}
        <span className="visually-hidden"> {about}</span>
        <span aria-hidden="true" className="row-menu__arrow">
          ▼
        </span>
      </Button>
      <Popover className="row-menu__popover" placement="bottom end">
        <Menu className="row-menu">
          {actions.map((action) => (
            <MenuItem key={action.id} id={action.id} href={action.href} download={action.download} textValue={action.label} className="row-menu__item">
              {action.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
