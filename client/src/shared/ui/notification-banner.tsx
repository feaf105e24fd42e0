import { useId, type Ref } from 'react';

/**
 * The NHS notification banner. A success banner is an alert, so screen readers announce it; the
 * page frame moves focus to it as nhsuk-frontend's script would.
 */
export function NotificationBanner({
  kind,
  text,
  ref,
}: {
  kind: 'success' | 'important';
  text: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const titleId = useId();
  return (
    <div
      className={
        kind === 'success'
          ? 'nhsuk-notification-banner nhsuk-notification-banner--success'
          : 'nhsuk-notification-banner'
      }
      role={kind === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          {kind === 'success' ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
