import { useId, type ReactNode } from 'react';
import { Scatter, ScatterChart } from 'recharts';
import { chartColours as colours } from '../compare-chart';

/**
 * A Compare chart in its figure: the caption names it, and the picture is one image for screen
 * readers, named by `label` (a sentence of what it shows) and described by `describedBy` (the
 * element that gives its values or its reading). Recharts' own keyboard layer is off: the values are
 * in a table instead.
 *
 * The dots are other trusts' (blue) and the viewer's own (yellow diamonds, never colour alone), with
 * a key naming both; `children` are the axes and marks drawn under the dots, `moreKey` more items of
 * the key, and `after` what follows the key.
 */
export function ScatterFigure<Dot>({
  caption,
  label,
  describedBy,
  height,
  margin,
  others,
  own,
  keyWords,
  moreKey,
  after,
  children,
}: {
  caption: string;
  label: string;
  describedBy: string;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  others: readonly Dot[];
  own: readonly Dot[];
  /** The key's words for a dot and for one of the viewer's. */
  keyWords: { other: string; own: string };
  moreKey?: ReactNode;
  after?: ReactNode;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="concord-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="nhsuk-heading-s">
        {caption}
      </figcaption>
      <div role="img" aria-label={label} aria-describedby={describedBy}>
        <ScatterChart responsive style={{ width: '100%', height }} margin={margin} accessibilityLayer={false}>
          {children}
          <Scatter data={[...others]} fill={colours.point} fillOpacity={0.55} isAnimationActive={false} />
          <Scatter
            data={[...own]}
            fill={colours.own}
            stroke={colours.edge}
            shape="diamond"
            isAnimationActive={false}
          />
        </ScatterChart>
      </div>
      <ul className="concord-chart-key nhsuk-body-s">
        <li>
          <span className="concord-key concord-key--point" aria-hidden="true" /> {keyWords.other}
        </li>
        {own.length > 0 && (
          <li>
            <span className="concord-key concord-key--own" aria-hidden="true" /> {keyWords.own}
          </li>
        )}
        {moreKey}
      </ul>
      {after}
    </figure>
  );
}
