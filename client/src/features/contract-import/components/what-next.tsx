import { Link } from 'react-router';
import { registerPath } from '../paths';

/** After an import: the way to the register, and to import another file (`another`, at `to`). */
export function WhatNext({ another, to }: { another: string; to: string }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">What you can do next</h2>
      <ul className="nhsuk-list">
        <li>
          <Link to={registerPath}>View your contracts</Link>
        </li>
        <li>
          <Link to={to}>{another}</Link>
        </li>
      </ul>
    </>
  );
}
