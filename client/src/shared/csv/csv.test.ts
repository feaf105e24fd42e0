import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises %j, which a spreadsheet would run as a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves other text alone, quoting commas, quotes and line breaks', () => {
    expect(csvCell('Royal Free London NHS Foundation Trust')).toBe('Royal Free London NHS Foundation Trust');
    expect(csvCell('Smith, Jones & Co')).toBe('"Smith, Jones & Co"');
    expect(csvCell('The "best" supplier')).toBe('"The ""best"" supplier"');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('2100.0000')).toBe('2100.0000');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['Price', 'Trust'], [['25.00', '=1+1']])).toBe("Price,Trust\r\n25.00,'=1+1\r\n");
  });
});
