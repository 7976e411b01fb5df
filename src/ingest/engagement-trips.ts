/**
 * A trip told by its start or end ("concluded a three-day visit to China") or by its days, and
 * the clause of what was done on it (", where she met …"): the people met there were met on its
 * days, not on the day written for the trip.
 */
import { eventDateIn, type Doc } from './doc.ts';
import { DURING_STAY } from './engagement-dates.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './dates.ts';

/**
 * A trip told by its start or end: "concluded a visit to China", "began a three-day trip",
 * "wraps up trade mission" (a headline's or a release's present).
 */
const TRIP_BOUND =
  /\b(?:conclude[sd]|end(?:ed|s)|wr(?:apped|aps) up|complete[sd]|began|begins|start(?:ed|s)|kick(?:ed|s) off)\s+(?:(?:a|an|her|his|their|the)\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|mission|stay)\b/i;
/**
 * ", where she met …", ", during which he met …", " after meeting …": what was done on a trip,
 * told after it.
 */
const ON_TRIP =
  /,\s+(?:where|(?:during|in the course of|on|in) which)\b|\s(?:after|before|following)\s/i;

/** Where the clause of what was done on a trip told by its start or end begins. */
export function tripClause(sentence: string): number | undefined {
  const trip = TRIP_BOUND.exec(sentence);
  if (!trip) return undefined;
  const end = trip.index + trip[0].length;
  const m = ON_TRIP.exec(sentence.slice(end));
  return m ? end + m.index : undefined;
}

/**
 * "today concluded a three-day visit to China, where she met Ding, Wang and Wu": the people
 * met on a trip told by its start or end were met on its days, not on the day written for the
 * trip, unless the meetings are given a day of their own (", where she met Ding on Monday").
 */
export function daysOfTrip(doc: Doc, sentence: string, start: number): boolean {
  const at = tripClause(sentence);
  return (
    at !== undefined &&
    !PLACE_AND_DAY.test(sentence.slice(Math.max(0, at - 80), at)) &&
    eventDateIn(doc, start + at, start + sentence.length) === undefined
  );
}

/**
 * "ended a five-day tour in Wellington on Friday, where Peters hosted him": the place and day
 * of the trip's end or start, to which the clause after it is set, then and there.
 */
const PLACE_AND_DAY = new RegExp(
  String.raw`\b(?:in|at)\s+\p{Lu}[\p{L}'’\x92-]*(?:\s+\p{Lu}[\p{L}'’\x92-]*)?\s+(?:on\s+)?(?:${WEEKDAY_NAME}|${MONTH_NAME}\s+\d{1,2}|\d{1,2}\s+${MONTH_NAME})$`,
  'u',
);

/**
 * A trip of days ("a three-day visit", "during her stay", "spent two days in Washington",
 * TRIP_BOUND): the several people met on it were met on its days, one after another.
 */
const TRIP_OF_DAYS =
  /\b(?:\w+-day\s+(?:[\w-]+\s+)?(?:visit|trip|tour|mission|stay)\b|spen[dt]s?\s+(?:two|three|four|five|several|a few|\d+)\s+days\s+in\b)/i;
/** Whether a clause tells a trip of days (TRIP_BOUND, DURING_STAY, TRIP_OF_DAYS). */
export const onTrip = (sentence: string) =>
  TRIP_BOUND.test(sentence) || DURING_STAY.test(sentence) || TRIP_OF_DAYS.test(sentence);
