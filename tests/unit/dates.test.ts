import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/dates";

describe("formatDate, the one way the site writes a date", () => {
  it("writes a day in British English, whatever the machine's time zone", () => {
    expect(formatDate("2023-12-13")).toBe("13 December 2023");
  });
  it("writes the month alone at month precision, or for a year and month", () => {
    expect(formatDate("2022-06-01", "month")).toBe("June 2022");
    expect(formatDate("2022-06")).toBe("June 2022");
  });
  it("leaves a year alone as the year", () => {
    expect(formatDate("2023")).toBe("2023");
  });
});
