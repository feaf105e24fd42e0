import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';

export type HeaderNavigationItem = {
  to: string;
  label: string;
  /** "page" on the item's own page, "true" on a page inside its section. */
  current?: 'page' | 'true';
};

/**
 * The NHS header navigation. Items that do not fit on one line move, from the end, into a "More"
 * menu, as nhsuk-frontend's header script does (written here in React, which renders the header):
 * on a phone the bar would otherwise run off the page, its last links white on the page's grey.
 */
export function HeaderNavigation({
  label = 'Menu',
  items,
}: {
  label?: string;
  items: readonly HeaderNavigationItem[];
}) {
  const { pathname } = useLocation();
  const nav = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menu = useRef<HTMLLIElement>(null);
  const menuList = useRef<HTMLUListElement>(null);
  // How many items stay in the bar; null while every item is in it, to be measured.
  const [fit, setFit] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  // The menu closes when the person moves to another page.
  if (open && openedAt !== pathname) setOpen(false);

  // Measures with every item in the bar (and the "More" button after them), before the browser
  // paints: the items that end beyond the room left for the button go into the menu.
  useLayoutEffect(() => {
    const bar = list.current;
    const more = menu.current;
    if (fit !== null || !bar || !more) return;
    const items = [...bar.children].filter((child) => child !== more) as HTMLElement[];
    let right = 0;
    const rights = items.map((item) => (right += item.offsetWidth));
    const room = bar.offsetWidth;
    setFit(right <= room ? items.length : rights.filter((end) => end <= room - more.offsetWidth).length);
  }, [fit]);

  // Measures again when the items change or the bar's width does (a turned phone, zoomed text).
  const signature = items.map((item) => item.label).join('\n');
  const [measured, setMeasured] = useState(signature);
  if (measured !== signature) {
    setMeasured(signature);
    setFit(null);
  }
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    let width = element.offsetWidth;
    let frame = 0;
    const remeasure = () => {
      if (element.offsetWidth === width) return;
      width = element.offsetWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setFit(null));
    };
    // Text zoomed on its own changes the items, not the window.
    const observer = 'ResizeObserver' in window ? new ResizeObserver(remeasure) : null;
    observer?.observe(element);
    window.addEventListener('resize', remeasure);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('resize', remeasure);
    };
  }, []);

  // While open: the menu hangs below the bar, so the bar's bottom border grows to make room for it
  // (a style property set from script, as nhsuk-frontend does, not an inline style attribute); a
  // click outside it or on one of its links, Escape, or submitting a form in the header closes it.
  useEffect(() => {
    const element = nav.current;
    if (!open || !element) return;
    element.style.setProperty('border-bottom-width', `${menuList.current?.offsetHeight ?? 0}px`);
    const header = element.closest('header') ?? element;
    const close = () => setOpen(false);
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (!target || menu.current?.querySelector('button')?.contains(target)) return;
      if (!header.contains(target) || target.closest('a, button')) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
    header.addEventListener('submit', close, true);
    return () => {
      element.style.removeProperty('border-bottom-width');
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      header.removeEventListener('submit', close, true);
    };
  }, [open]);

  const inBar = fit === null ? items : items.slice(0, fit);
  const inMenu = fit === null ? [] : items.slice(fit);
  const measuring = fit === null;
  return (
    <nav className="nhsuk-header__navigation" aria-label={label} ref={nav}>
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list" ref={list}>
          {inBar.map((item) => (
            <NavigationItem key={item.to} item={item} />
          ))}
          <li className="nhsuk-header__menu" hidden={!measuring && inMenu.length === 0} ref={menu}>
            <button
              className="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
              type="button"
              aria-expanded={open}
              onClick={() => {
                setOpen(!open);
                setOpenedAt(pathname);
              }}
            >
              <span className="nhsuk-u-visually-hidden">Browse </span>More
            </button>
            {inMenu.length > 0 && (
              <ul className="nhsuk-header__menu-list" hidden={!open} ref={menuList}>
                {inMenu.map((item) => (
                  <NavigationItem key={item.to} item={item} />
                ))}
              </ul>
            )}
          </li>
        </ul>
      </div>
    </nav>
  );
}

function NavigationItem({ item }: { item: HeaderNavigationItem }) {
  return (
    <li
      className={`nhsuk-header__navigation-item${item.current ? ' nhsuk-header__navigation-item--current' : ''}`}
    >
      <Link className="nhsuk-header__navigation-link" to={item.to} aria-current={item.current}>
        {item.label}
      </Link>
    </li>
  );
}
