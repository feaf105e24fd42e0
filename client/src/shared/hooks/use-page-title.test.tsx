import { act, render } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { usePageTitle } from './use-page-title';

describe('usePageTitle', () => {
  it('changes the title in the same commit as the page, so a page is never shown under the last one’s title', () => {
    const seen: string[] = [];
    let show: (title: string) => void = () => {};
    function Title({ title }: { title: string }) {
      usePageTitle(title);
      return <h1>{title}</h1>;
    }
    // What the document's title is at the moment the page is put in the document.
    function Shown() {
      useLayoutEffect(() => {
        seen.push(document.title);
      });
      return null;
    }
    function Page() {
      const [title, setTitle] = useState('Upload your file');
      show = setTitle;
      return (
        <>
          <Title title={title} />
          <Shown />
        </>
      );
    }
    render(<Page />);
    act(() => show('File imported'));
    expect(seen).toEqual(['Upload your file – Concord', 'File imported – Concord']);
  });
});
