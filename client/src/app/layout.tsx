import { useEffect, useEffectEvent, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AccountNavigation } from '../features/identity/components/account-navigation';
import { SiteMenu } from '../features/identity/components/site-menu';
import { useViewer } from '../features/identity/viewer';
import { useNotice } from '../shared/notices/notices';
import { NotificationBanner } from '../shared/ui/notification-banner';
import { ServiceNoticeBanner } from './service-notice';

/**
 * The page frame of the NHS design system: skip link, header with service name, account area and
 * menu, the notice about the last action, footer.
 */
export function Layout() {
  const main = useRef<HTMLElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  // Undefined until the server has said who is signed in: the account area waits rather than
  // offering "Sign in" to someone who is.
  const viewer = useViewer();

  // A notice waits for its page, shows there, and goes once the person moves on.
  const { notice, dismiss } = useNotice();
  const shown = notice && notice.path === pathname ? notice : null;
  const leftPage = useEffectEvent((path: string) => {
    if (notice && notice.path !== path) dismiss();
  });
  useEffect(() => leftPage(pathname), [pathname]);

  // After client-side navigation to another page, move focus to it so screen readers announce it;
  // to the notice if there is one, as nhsuk-frontend does for a success banner. Comparing paths
  // (not a first-render flag) keeps focus put on the first page, in StrictMode too.
  const focusedPath = useRef(pathname);
  useEffect(() => {
    const moved = focusedPath.current !== pathname;
    focusedPath.current = pathname;
    if (shown) banner.current?.focus();
    else if (moved) main.current?.focus();
  }, [pathname, shown]);

  return (
    <>
      <ScrollRestoration />
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <header className="nhsuk-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <Link className="nhsuk-header__service-logo" to="/" aria-label="Concord homepage">
              <NhsLogo />
            </Link>
            <span className="nhsuk-header__service-name">Concord</span>
          </div>
          {viewer !== undefined && <AccountNavigation me={viewer} />}
        </div>
        <SiteMenu me={viewer} />
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main" tabIndex={-1} ref={main}>
          <ServiceNoticeBanner />
          {shown && <NotificationBanner kind={shown.kind} text={shown.text} ref={banner} />}
          <Outlet />
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta">
            <h2 className="nhsuk-u-visually-hidden">Support links</h2>
            <ul className="nhsuk-footer__list">
              <li className="nhsuk-footer__list-item">
                <Link className="nhsuk-footer__list-item-link" to="/about">
                  About Concord and its data
                </Link>
              </li>
            </ul>
            <p className="nhsuk-body-s">
              Organisation data from the NHS Organisation Data Service, Open Government Licence v3.0.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}

function NhsLogo() {
  return (
    <svg
      className="nhsuk-header__logo"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 80"
      height="40"
      width="100"
      focusable="false"
      role="img"
      aria-label="NHS"
    >
      <title>NHS</title>
      <path
        fill="currentcolor"
        d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
      />
    </svg>
  );
}
