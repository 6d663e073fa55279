import { describe, expect, it } from "vitest";
import { numberInWords } from "@/lib/number-words";

describe("numberInWords", () => {
  it("writes counts up to twenty in words", () => {
    expect(numberInWords(0)).toBe("zero");
    expect(numberInWords(3)).toBe("three");
    expect(numberInWords(8)).toBe("eight");
    expect(numberInWords(20)).toBe("twenty");
  });

  it("writes larger counts, and anything not a whole number, in figures", () => {
    expect(numberInWords(21)).toBe("21");
    expect(numberInWords(1250)).toBe("1,250");
    expect(numberInWords(-1)).toBe("-1");
    expect(numberInWords(2.5)).toBe("2.5");
  });

  it("capitalises a count that starts a sentence", () => {
    expect(numberInWords(3, { capital: true })).toBe("Three");
    expect(numberInWords(21, { capital: true })).toBe("21");
  });
});
