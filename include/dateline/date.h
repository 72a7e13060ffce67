/* date: the calendar: a date type, days in a month, ISO parsing, day numbers, weekdays, ISO weeks,
 * the n-th weekday of a month, Easter and one table of month names. Pure arithmetic on the proleptic Gregorian calendar; no clock and
 * no time zones. */
#ifndef DATELINE_DATE_H
#define DATELINE_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* A calendar date; year 0 means the year is unknown, month/day 0 mean not given. */
struct date {
	int year, month, day;
};

/* Days in a month (1-12) of a year; February of an unknown year (0) has 29. 0 for an invalid
 * month. */
int date_days_in_month(int year, int month);
/* True for a real calendar date with year 1-9999. */
bool date_valid(int year, int month, int day);
/* Parses "YYYY-MM-DD" strictly: exactly ten characters, a real calendar date. Returns true and
 * sets *out on success; *out is untouched otherwise. */
bool date_parse_iso(const char *s, struct date *out);

/* Days since 1970-01-01 of a date (any year, month 1-12, day 1-31). */
long date_to_days(int year, int month, int day);
/* The date of a day number (the inverse of date_to_days). */
void date_from_days(long z, int *year, int *month, int *day);
/* ISO weekday of a day number: 1 (Monday) .. 7 (Sunday). */
int date_weekday(long z);
/* ISO week-numbering year and week (1-53) of a day number. */
void date_isoweek(long z, int *year, int *week);
/* The day number of the Monday that starts ISO week `week` of ISO year `year` (the inverse of
 * date_isoweek for weeks 1-53; other weeks count on from week 1). */
long date_isoweek_start(int year, int week);

/* The day of the month (1-31) of the n-th `weekday` (1 Monday .. 7 Sunday) of a month (1-12):
 * n = 1..5 counts from the first of the month, n = -1..-5 back from its last day (-1: the last
 * Monday). 0 when the month has no such day (the fifth Friday of most months, n = 0, a month or
 * weekday out of range). */
int date_nth_weekday(int year, int month, int weekday, int n);
/* Easter Sunday of a year (1 or later) of the Gregorian calendar, by the computus; stores the
 * month (3 or 4) and the day in *month and *day. */
void date_easter(int year, int *month, int *day);

/* English month names: "January" for 1 .. "December" for 12; NULL outside 1-12. Static storage. */
const char *date_month_name(int month);
/* Three-letter English abbreviations: "Jan" .. "Dec"; NULL outside 1-12. Static storage. */
const char *date_month_abbr(int month);
/* The month (1-12) that w[0..n) names, case-insensitive: the full name or an abbreviation of 3 or
 * 4 letters that begins it ("Nov", "Sept"); 0 when none. */
int date_month_parse(const char *w, size_t n);

#endif
