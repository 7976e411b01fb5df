/**
 * A leaders' call readout, written for the ingest tests (services, routes, CLI and browser), in
 * three lengths built from the same paragraphs, so every layer reads the same words and a
 * change to them is made once. Paragraphs are separated by a blank line, as in a pasted page.
 */

/** Where the readout is said to be published, for the tests that do not need their own. */
export const READOUT_URL = 'https://example.org/readouts/2026/11/27/call';

const HEADLINE = 'Prime Minister Carney speaks with Premier Li Qiang of China';
const DATELINE = 'November 27, 2026 — Ottawa, Ontario';
const CALL =
  "Prime Minister Mark Carney held a phone call today with Premier Li Qiang of the People's Republic of China.";
const TRADE =
  'The two leaders discussed trade in agricultural products, including canola and seafood.';
const COMMISSION =
  'The leaders agreed to hold the next session of the Joint Economic and Trade Commission in Beijing early in the new year.';
const CONSULAR = 'They also committed to keep officials in regular contact on consular cases.';
const QUOTE =
  'Prime Minister Carney said: "Steady, practical talks serve farmers and workers in both our countries."';

const paragraphs = (...parts: readonly string[]): string => parts.join('\n\n');

/** The call and one commitment: an engagement candidate and nothing else to review. */
export const CALL_READOUT = paragraphs(HEADLINE, DATELINE, CALL, COMMISSION);

/** The call, the commitment and a quote from one leader. */
export const CALL_READOUT_WITH_QUOTE = paragraphs(HEADLINE, DATELINE, CALL, COMMISSION, QUOTE);

/** The call with the topics discussed, two commitments in one paragraph, and the quote. */
export const CALL_READOUT_LONG = paragraphs(
  HEADLINE,
  DATELINE,
  CALL,
  TRADE,
  `${COMMISSION} ${CONSULAR}`,
  QUOTE,
);
