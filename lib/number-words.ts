const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
] as const;

/**
 * A count as the site's prose writes it: in words from zero to twenty ("eight key elements"),
 * in figures above that ("21 quotes"), so counts taken from the content read as written ones
 * did. `capital` starts a sentence with it ("Three people are quoted").
 */
export function numberInWords(count: number, { capital = false } = {}): string {
  const word = Number.isInteger(count) ? WORDS[count] : undefined;
  if (word === undefined) return count.toLocaleString("en-GB");
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
