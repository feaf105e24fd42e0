import { useState } from 'react';
import { Select, withChosen } from './select';

export type RegionChoice = { code: string; name: string };
export type IcbChoice = { code: string; name: string; region: { code: string } };

/**
 * A filter form's "Region" and "Integrated care board" selects (fields `region` and `icb`, as the
 * address names them). Choosing a region offers only its ICBs and drops a chosen ICB from another
 * region. A code from the address that the lists do not hold still shows, so the choice is visible.
 */
export function RegionIcbSelects({
  idPrefix = '',
  regions,
  icbs,
  regionCode: initialRegion,
  icbCode: initialIcb,
  regionHint,
  icbHint,
  fullWidth,
}: {
  /** Put before the selects' ids (`region`, `icb`): `compare-` gives `compare-region`. */
  idPrefix?: string;
  regions: readonly RegionChoice[];
  icbs: readonly IcbChoice[];
  regionCode: string;
  icbCode: string;
  regionHint?: string;
  /** The ICB's hint when no region is chosen (with one: "Those in the chosen region"). */
  icbHint?: string;
  fullWidth?: boolean;
}) {
  const [regionCode, setRegionCode] = useState(initialRegion);
  const [icbCode, setIcbCode] = useState(initialIcb);
  const icbsInRegion = regionCode ? icbs.filter((icb) => icb.region.code === regionCode) : icbs;

  function chooseRegion(code: string) {
    setRegionCode(code);
    // An ICB belongs to one region: keep it only if it is in the new one.
    if (code && !icbs.some((icb) => icb.code === icbCode && icb.region.code === code)) setIcbCode('');
  }

  const select = (
    name: 'region' | 'icb',
    label: string,
    hint: string | undefined,
    choices: readonly { code: string; name: string }[],
    value: string,
    choose: (code: string) => void,
  ) => (
    <Select
      id={`${idPrefix}${name}`}
      labelSize="s"
      name={name}
      label={label}
      hint={hint}
      placeholder={name === 'region' ? 'All regions' : 'All ICBs'}
      options={withChosen(
        choices.map((choice) => ({ value: choice.code, label: choice.name })),
        value,
      )}
      value={value}
      onChange={(event) => choose(event.target.value)}
      fullWidth={fullWidth}
    />
  );
  return (
    <>
      {select('region', 'Region', regionHint, regions, regionCode, chooseRegion)}
      {select(
        'icb',
        'Integrated care board',
        regionCode ? 'Those in the chosen region' : icbHint,
        icbsInRegion,
        icbCode,
        setIcbCode,
      )}
    </>
  );
}
