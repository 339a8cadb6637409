import { useEffect, type ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs, type Key } from "react-aria-components";
import { useHydrated } from "./use-hydrated";

export interface PageSection<K extends string> {
  /** The `?tab=` value, and the id of the section's heading (the contents list links to it). */
  id: K;
  label: string;
  content: ReactNode;
}

interface SectionTabsProps<K extends string> {
  /** The tab list's name, for screen readers. */
  label: string;
  /** The heading of the contents list shown before hydration. */
  contentsLabel: string;
  sections: PageSection<K>[];
  selected: K;
  onSelect: (id: K) => void;
}

/**
 * A page's sections. Before hydration (and without JavaScript) every section
 * shows, one after another, under a contents list of in-page links (the
 * GOV.UK contents pattern). Once hydrated they are react-aria tabs: one tab
 * stop, arrow keys move between tabs and show their panel. Every panel stays
 * in the page (hidden and inert when not selected), so what someone typed in
 * one tab is still there when they come back to it.
 */
export function SectionTabs<K extends string>({
  label,
  contentsLabel,
  sections,
  selected,
  onSelect,
}: SectionTabsProps<K>) {
  const hydrated = useHydrated();
  // A link to a heading inside a tab (…?tab=publish#duplicate): the page
  // scrolled there before the tabs replaced the long page; scroll again.
  useEffect(() => {
    if (!hydrated || !window.location.hash) return;
    document
      .getElementById(decodeURIComponent(window.location.hash.slice(1)))
      ?.scrollIntoView();
  }, [hydrated]);

  if (!hydrated) {
    return (
      <>
        <nav className="contents" aria-labelledby="contents-heading">
          <h2 className="contents__heading" id="contents-heading">
            {contentsLabel}
          </h2>
          <ul className="contents__list">
            {sections.map((section) => (
              <li key={section.id} className="contents__item">
                <a className="link" href={`#${section.id}`}>
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {sections.map((section) => (
          <section
            key={section.id}
            className="page-section"
            aria-labelledby={section.id}
          >
            {section.content}
          </section>
        ))}
      </>
    );
  }

  return (
    <Tabs
      className="tabs"
      selectedKey={selected}
      onSelectionChange={(key: Key) => onSelect(String(key) as K)}
    >
      <TabList aria-label={label} className="tabs__list">
        {sections.map((section) => (
          <Tab key={section.id} id={section.id} className="tabs__tab">
            {section.label}
          </Tab>
        ))}
      </TabList>
      {sections.map((section) => (
        <TabPanel key={section.id} id={section.id} className="tabs__panel" shouldForceMount>
          {section.content}
        </TabPanel>
      ))}
    </Tabs>
  );
}

/** The address with `?tab=` set, kept in the browser's history without a navigation (no loaders run again). */
export function replaceTabInAddress(param: string, value: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(param, value);
  url.hash = "";
  window.history.replaceState(window.history.state, "", url);
}
