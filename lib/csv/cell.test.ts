import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./cell";

describe("CSV cells", () => {
  it("leaves plain text alone and writes null as empty", () => {
    expect(csvCell("team.updated")).toBe("team.updated");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("neutralises values a spreadsheet would run as a formula", () => {
    for (const formula of ["=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) {
      const cell = csvCell(formula);
      expect(cell.replace(/^"/, "").startsWith("'"), formula).toBe(true);
    }
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("quotes each special character wherever it is, and only those", () => {
    for (const [value, cell] of [
      ['"', '""""'], ['a"', '"a"""'], [",", '","'], ["a,", '"a,"'], ["\n", '"\n"'], ["a\n", '"a\n"'], ["a\r", '"a\r"'],
      ["a=b", "a=b"], ["a+b", "a+b"], ["a-b", "a-b"], ["a@b", "a@b"], ["a\tb", "a\tb"], ["a'b", "a'b"], ["a;b", "a;b"], ["", ""],
    ]) expect(csvCell(value), JSON.stringify(value)).toBe(cell);
  });

  it("neutralises each formula character at the start only", () => {
    expect(["=", "+", "-", "@", "\t"].map((c) => csvCell(`${c}x`))).toEqual(["'=x", "'+x", "'-x", "'@x", "'\tx"]);
    expect(csvCell("\rx")).toBe('"\'\rx"');
    expect(csvCell("-1,5")).toBe(`"'-1,5"`);
  });

  it("ends each line with LF", () => {
    expect(csvLine(["1", null, "x,y"])).toBe('1,,"x,y"\n');
  });
});
