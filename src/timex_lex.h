/* timex_lex: the word classes and tokens the date tagger matches on. */
#ifndef DATELINE_TIMEX_LEX_H
#define DATELINE_TIMEX_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Word classes; a word's `val` refines its class (the month number, the unit ...). */
enum tx_class {
	C_NONE,
	C_MONTH,   /* val 1..12; full name */
	C_MONABBR, /* val 1..12; "Nov", "Sept" */
	C_WDAY,    /* val 1..7 (Monday = 1) */
	C_UNIT,    /* val enum tx_unit, singular */
	C_UNITS,   /* val enum tx_unit, plural */
	C_NUMW,    /* val: the number ("three", "twenty") */
	C_ORD,     /* val: the ordinal ("third") */
	C_ART,     /* "a", "an" */
	C_FEW,     /* "few", "several", "some", "many", "couple", "dozen" (val 12) */
	C_SEASON,  /* val 1 spring .. 4 winter */
	C_PART,    /* val enum tx_part: morning, afternoon, evening, night */
	C_REL,     /* val enum tx_rel: last, next, this, past, coming ... */
	C_MOD,     /* val enum tx_mod: early, late, mid, end, beginning ... */
	C_DEIC,    /* val enum tx_deic: today, yesterday, tomorrow, tonight */
	C_REF,     /* val enum tx_ref: now, recently, currently, soon, future ... */
	C_SETW,    /* val enum tx_unit: annually, daily, weekly ... */
	C_EVERY,   /* "every", "each", "per" */
	C_AGO,     /* val enum tx_ago: ago, earlier, later, before, after, hence */
	C_THE,
	C_OF,
	C_FISCAL,
	C_TZ,   /* EST, GMT ... */
	C_NOON, /* val 12 noon, 24 midnight */
	C_AMPM, /* val 0 am, 12 pm */
	C_HALF,
	C_FUT,  /* a word that says the clause is about the future */
	C_PAST, /* a word that says it is about the past */
	C_PREP, /* a preposition that puts a bare number in time ("in 1990") */
	C_OCLOCK,
	C_PERIOD, /* "period" (the year-ago period) */
	C_FROM,
	C_MISC,    /* other words the rules name: "th", "st", "s", "m", "year-" parts */
	C_HOLIDAY, /* val enum tx_holiday: the (first) word of a holiday's name */
	C_AUX,     /* words only some rules name, which start nothing: "thousand", "and", "eve" */
};

enum tx_unit {
	U_NONE,
	U_SEC,
	U_MIN,
	U_HOUR,
	U_DAY,
	U_WEEK,
	U_WEEKEND,
	U_MONTH,
	U_QUARTER,
	U_YEAR,
	U_DECADE,
	U_CENTURY
};
enum tx_part {
	P_MORNING = 1,
	P_AFTERNOON,
	P_EVENING,
	P_NIGHT
};
enum tx_rel {
	R_LAST = 1,
	R_NEXT,
	R_THIS,
	R_PAST,
	R_COMING,
	R_PREVIOUS,
	R_FOLLOWING,
	R_LATEST,
	R_RECENT,
	R_CURRENT,
	R_SAME,
	R_THAT,
};
enum tx_mod {
	MOD_EARLY = 1,
	MOD_LATE,
	MOD_MID,
	MOD_END,
	MOD_BEGIN,
	MOD_START,
	MOD_MIDDLE,
};
enum tx_deic {
	D_TODAY = 1,
	D_YESTERDAY,
	D_TOMORROW,
	D_TONIGHT
};
enum tx_ref {
	REF_NOW = 1,
	REF_RECENTLY,
	REF_CURRENTLY,
	REF_PREVIOUSLY,
	REF_FORMERLY,
	REF_LATELY,
	REF_SOON,
	REF_FUTURE,
	REF_NOWADAYS,
	REF_PAST,
	REF_PRESENT
};
enum tx_ago {
	AGO_AGO = 1,
	AGO_EARLIER,
	AGO_LATER,
	AGO_BEFORE,
	AGO_AFTER,
	AGO_HENCE
};
enum tx_misc {
	MISC_TH = 1,
	MISC_S,
	MISC_M,
	MISC_O,
	MISC_CLOCK,
	MISC_AT,
	MISC_ON,
	MISC_THOUSAND, /* the C_AUX words */
	MISC_AND,
	MISC_EVE,
};
/* Holidays, by the first word of their name. */
enum tx_holiday {
	H_CHRISTMAS = 1, /* Christmas [Day|Eve] */
	H_THANKSGIVING,  /* 4th Thursday of November */
	H_EASTER,        /* Easter [Sunday|Monday] */
	H_HALLOWEEN,
	H_NEW,          /* New Year's Day / Eve */
	H_INDEPENDENCE, /* Independence Day: July 4 */
	H_LABOR,        /* Labor Day: 1st Monday of September */
	H_MEMORIAL,     /* Memorial Day: last Monday of May */
	H_VETERANS,     /* Veterans Day: November 11 */
	H_VALENTINE,    /* Valentine's Day */
	H_MOTHER,       /* Mother's Day: 2nd Sunday of May */
	H_FATHER,       /* Father's Day: 3rd Sunday of June */
	H_BOXING,       /* Boxing Day: December 26 */
	H_GOOD,         /* Good Friday */
	H_PRESIDENTS,   /* Presidents' Day: 3rd Monday of February */
	H_BLACK,        /* Black Friday: the day after Thanksgiving */
	H_CYBER,        /* Cyber Monday: the Monday after Thanksgiving */
	H_ASH,          /* Ash Wednesday: 46 days before Easter */
};

enum tx_kind {
	K_WORD,
	K_NUM,
	K_PUNCT,
	K_CJK
};

struct tx_tok {
	size_t s, e;  /* byte span */
	uint8_t kind; /* enum tx_kind */
	uint8_t cls;  /* enum tx_class for words */
	uint8_t val;
	uint8_t ndig; /* digits of a number */
	bool cap;     /* starts with a capital letter */
	uint32_t cp;  /* punctuation or CJK code point */
	long num;     /* value of a number (capped) */
};

/* The nouns of a business figure ("first-half profit", "second-half sales"), lowercase, in order,
 * separated by spaces: a half or a quarter beside one is a part of a year, not of a match. */
extern const char tx_business_figures[];

/* Looks a word up (ASCII letters, any case). Returns its class and stores its value. */
enum tx_class tx_lex_lookup(const char *s, size_t n, uint8_t *val);

#endif
