import { describe, expect, it } from 'vitest';
import { guessCsvDelimiter } from './csv-delimiter.ts';

describe('guessCsvDelimiter', () => {
  it.each<[string, string, string]>([
    ['commas', 'dataElement,period,orgUnit,value', ','],
    ['semicolons', 'dataElement;period;orgUnit;value', ';'],
    ['tabs', 'dataElement\tperiod\torgUnit\tvalue', '\t'],
    ['the most used one', 'name;acronym,type;kind;level', ';'],
    ['a tie: the earlier of comma, semicolon, tab', 'a;b,c\td', ','],
    ['a tie between semicolon and tab', 'a;b\tc', ';'],
    ['one column: comma', 'value', ','],
    ['empty text: comma', '', ','],
    ['the header only (LF)', 'a;b;c\n1,2,3,4,5,6', ';'],
    ['the header only (CRLF)', 'a\tb\r\n1,2,3,4', '\t'],
    ['no line break: the whole text', 'a;b;c', ';'],
    ['quotes are not looked at', '"a,b,c";d;e', ','],
    ['pipes are not a delimiter', 'a|b|c|d;e', ';'],
  ])('%s', (_, text, expected) => {
    expect(guessCsvDelimiter(text)).toBe(expected);
  });
});
