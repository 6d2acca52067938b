const ROMAN_NUMERAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/**
 * IEBC publishes ward names in capitals ("DANDORA AREA II", "MUTU-INI"); maps and lists read
 * better in title case, keeping numerals and one-letter names ("South C") as they are.
 */
export function formatPlaceName(name: string): string {
  return name
    .split(/(\s+|\/)/)
    .map((word) => {
      if (word.length <= 1 || ROMAN_NUMERAL.test(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    })
    .join("");
}
