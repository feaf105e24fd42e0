import { useId, useMemo, type ReactNode } from 'react';
import { DefaultZIndexes, Scatter, ScatterChart, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
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
 *
 * With `othersAt` (a dot's place in the axes' values), the other trusts' dots are drawn as one path
 * rather than a Recharts symbol each: ten thousand symbols are ten thousand components, each watching
 * the chart's store, and take seconds to draw. Only where both axes' domains are given: an axis
 * whose domain is `auto` does not count the path's dots.
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
  othersAt,
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
  othersAt?: (dot: Dot) => [x: number, y: number];
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
          {othersAt ? (
            <DotsPath dots={others} at={othersAt} />
          ) : (
            <Scatter data={[...others]} fill={colours.point} fillOpacity={0.55} isAnimationActive={false} />
          )}
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

/** A Recharts circle symbol's radius, 4.51 (its default size is an area of 64 square pixels). */
const R = Math.sqrt(64 / Math.PI).toFixed(2);
/** A circle drawn from its leftmost point, as two half-circle arcs. */
const CIRCLE = `a${R} ${R} 0 1 0 ${2 * Number(R)} 0a${R} ${R} 0 1 0 ${-2 * Number(R)} 0`;

/**
 * Many dots in one SVG path, one circle (two arcs) a dot, placed with the chart's axis scales; drawn
 * in the scatter layer, over the marks and under the viewer's own dots. `data-point-count` says how
 * many dots it draws (the client benchmark counts them). The path is filled once, so dots that
 * overlap do not darken each other as separate symbols did.
 */
function DotsPath<Dot>({ dots, at }: { dots: readonly Dot[]; at: (dot: Dot) => [x: number, y: number] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const path = useMemo(() => {
    if (!xScale || !yScale) return '';
    const r = Number(R);
    const parts: string[] = [];
    for (const dot of dots) {
      const [x, y] = at(dot);
      const cx = xScale(x);
      const cy = yScale(y);
      if (cx === undefined || cy === undefined) continue;
      parts.push(`M${(cx - r).toFixed(1)} ${cy.toFixed(1)}${CIRCLE}`);
    }
    return parts.join('');
  }, [dots, at, xScale, yScale]);
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter - 1}>
      <path
        className="concord-chart-dots"
        d={path}
        fill={colours.point}
        fillOpacity={0.55}
        data-point-count={dots.length}
      />
    </ZIndexLayer>
  );
}
