/* timex_lex: the lexicon of time words, looked up by their first two letters and length. */
#include "timex_lex.h"

#include "dateline/text.h"

#include <string.h>

struct entry {
	const char *s;
	uint8_t cls, val;
};

static struct entry lexicon[] = {
	{"january", C_MONTH, 1},
	{"february", C_MONTH, 2},
	{"march", C_MONTH, 3},
	{"april", C_MONTH, 4},
	{"may", C_MONTH, 5},
	{"june", C_MONTH, 6},
	{"july", C_MONTH, 7},
	{"august", C_MONTH, 8},
	{"september", C_MONTH, 9},
	{"october", C_MONTH, 10},
	{"november", C_MONTH, 11},
	{"december", C_MONTH, 12},
	{"jan", C_MONABBR, 1},
	{"feb", C_MONABBR, 2},
	{"mar", C_MONABBR, 3},
	{"apr", C_MONABBR, 4},
	{"jun", C_MONABBR, 6},
	{"jul", C_MONABBR, 7},
	{"aug", C_MONABBR, 8},
	{"sep", C_MONABBR, 9},
	{"sept", C_MONABBR, 9},
	{"oct", C_MONABBR, 10},
	{"nov", C_MONABBR, 11},
	{"dec", C_MONABBR, 12},
	{"monday", C_WDAY, 1},
	{"tuesday", C_WDAY, 2},
	{"wednesday", C_WDAY, 3},
	{"thursday", C_WDAY, 4},
	{"friday", C_WDAY, 5},
	{"saturday", C_WDAY, 6},
	{"sunday", C_WDAY, 7},
	{"second", C_UNIT, U_SEC},
	{"seconds", C_UNITS, U_SEC},
	{"minute", C_UNIT, U_MIN},
	{"minutes", C_UNITS, U_MIN},
	{"hour", C_UNIT, U_HOUR},
	{"hours", C_UNITS, U_HOUR},
	{"day", C_UNIT, U_DAY},
	{"days", C_UNITS, U_DAY},
	{"week", C_UNIT, U_WEEK},
	{"weeks", C_UNITS, U_WEEK},
	{"weekend", C_UNIT, U_WEEKEND},
	{"weekends", C_UNITS, U_WEEKEND},
	{"month", C_UNIT, U_MONTH},
	{"months", C_UNITS, U_MONTH},
	{"quarter", C_UNIT, U_QUARTER},
	{"quarters", C_UNITS, U_QUARTER},
	{"year", C_UNIT, U_YEAR},
	{"years", C_UNITS, U_YEAR},
	{"decade", C_UNIT, U_DECADE},
	{"decades", C_UNITS, U_DECADE},
	{"century", C_UNIT, U_CENTURY},
	{"centuries", C_UNITS, U_CENTURY},
	{"fortnight", C_UNIT, U_WEEK},
	{"one", C_NUMW, 1},
	{"two", C_NUMW, 2},
	{"three", C_NUMW, 3},
	{"four", C_NUMW, 4},
	{"five", C_NUMW, 5},
	{"six", C_NUMW, 6},
	{"seven", C_NUMW, 7},
	{"eight", C_NUMW, 8},
	{"nine", C_NUMW, 9},
	{"ten", C_NUMW, 10},
	{"eleven", C_NUMW, 11},
	{"twelve", C_NUMW, 12},
	{"thirteen", C_NUMW, 13},
	{"fourteen", C_NUMW, 14},
	{"fifteen", C_NUMW, 15},
	{"sixteen", C_NUMW, 16},
	{"seventeen", C_NUMW, 17},
	{"eighteen", C_NUMW, 18},
	{"nineteen", C_NUMW, 19},
	{"twenty", C_NUMW, 20},
	{"thirty", C_NUMW, 30},
	{"forty", C_NUMW, 40},
	{"fifty", C_NUMW, 50},
	{"sixty", C_NUMW, 60},
	{"seventy", C_NUMW, 70},
	{"eighty", C_NUMW, 80},
	{"ninety", C_NUMW, 90},
	{"hundred", C_NUMW, 100},
	/* "first" to "fourth": the shared list's words (text_ordinal_words), set by build() */
	{NULL, C_ORD, 1},
	{NULL, C_ORD, 2},
	{NULL, C_ORD, 3},
	{NULL, C_ORD, 4},
	{"a", C_ART, 1},
	{"an", C_ART, 1},
	{"few", C_FEW, 0},
	{"several", C_FEW, 0},
	{"some", C_FEW, 0},
	{"many", C_FEW, 0},
	{"couple", C_FEW, 2},
	{"dozen", C_FEW, 12},
	{"spring", C_SEASON, 1},
	{"summer", C_SEASON, 2},
	{"fall", C_SEASON, 3},
	{"autumn", C_SEASON, 3},
	{"winter", C_SEASON, 4},
	{"morning", C_PART, P_MORNING},
	{"afternoon", C_PART, P_AFTERNOON},
	{"evening", C_PART, P_EVENING},
	{"night", C_PART, P_NIGHT},
	{"last", C_REL, R_LAST},
	{"next", C_REL, R_NEXT},
	{"this", C_REL, R_THIS},
	{"past", C_REL, R_PAST},
	{"coming", C_REL, R_COMING},
	{"previous", C_REL, R_PREVIOUS},
	{"following", C_REL, R_FOLLOWING},
	{"latest", C_REL, R_LATEST},
	{"recent", C_REL, R_RECENT},
	{"current", C_REL, R_CURRENT},
	{"same", C_REL, R_SAME},
	{"that", C_REL, R_THAT},
	{"prior", C_REL, R_PREVIOUS},
	{"early", C_MOD, MOD_EARLY},
	{"late", C_MOD, MOD_LATE},
	{"mid", C_MOD, MOD_MID},
	{"end", C_MOD, MOD_END},
	{"beginning", C_MOD, MOD_BEGIN},
	{"start", C_MOD, MOD_START},
	{"middle", C_MOD, MOD_MIDDLE},
	{"earlier", C_AGO, AGO_EARLIER},
	{"later", C_AGO, AGO_LATER},
	{"today", C_DEIC, D_TODAY},
	{"yesterday", C_DEIC, D_YESTERDAY},
	{"tomorrow", C_DEIC, D_TOMORROW},
	{"tonight", C_DEIC, D_TONIGHT},
	{"now", C_REF, REF_NOW},
	{"recently", C_REF, REF_RECENTLY},
	{"currently", C_REF, REF_CURRENTLY},
	{"previously", C_REF, REF_PREVIOUSLY},
	{"formerly", C_REF, REF_FORMERLY},
	{"lately", C_REF, REF_LATELY},
	{"soon", C_REF, REF_SOON},
	{"future", C_REF, REF_FUTURE},
	{"nowadays", C_REF, REF_NOWADAYS},
	{"present", C_REF, REF_PRESENT},
	{"annually", C_SETW, U_YEAR},
	{"yearly", C_SETW, U_YEAR},
	{"daily", C_SETW, U_DAY},
	{"weekly", C_SETW, U_WEEK},
	{"monthly", C_SETW, U_MONTH},
	{"hourly", C_SETW, U_HOUR},
	{"every", C_EVERY, 0},
	{"each", C_EVERY, 0},
	{"per", C_EVERY, 1},
	{"ago", C_AGO, AGO_AGO},
	{"before", C_AGO, AGO_BEFORE},
	{"after", C_AGO, AGO_AFTER},
	{"hence", C_AGO, AGO_HENCE},
	{"the", C_THE, 0},
	{"of", C_OF, 0},
	{"fiscal", C_FISCAL, 0},
	{"est", C_TZ, 0},
	{"edt", C_TZ, 0},
	{"cst", C_TZ, 0},
	{"cdt", C_TZ, 0},
	{"mst", C_TZ, 0},
	{"mdt", C_TZ, 0},
	{"pst", C_TZ, 0},
	{"pdt", C_TZ, 0},
	{"gmt", C_TZ, 0},
	{"utc", C_TZ, 0},
	{"bst", C_TZ, 0},
	{"cet", C_TZ, 0},
	{"et", C_TZ, 0},
	{"pt", C_TZ, 0},
	{"jst", C_TZ, 0},
	{"noon", C_NOON, 12},
	{"midnight", C_NOON, 24},
	{"midday", C_NOON, 12},
	{"am", C_AMPM, 0},
	{"pm", C_AMPM, 12},
	{"half", C_HALF, 0},
	{"will", C_FUT, 0},
	{"shall", C_FUT, 0},
	{"scheduled", C_FUT, 0},
	{"upcoming", C_FUT, 0},
	{"due", C_FUT, 0},
	{"plans", C_FUT, 0},
	{"planned", C_FUT, 0},
	{"ll", C_FUT, 0},
	{"said", C_PAST, 0},
	{"was", C_PAST, 0},
	{"were", C_PAST, 0},
	{"had", C_PAST, 0},
	{"did", C_PAST, 0},
	{"in", C_PREP, 0},
	{"since", C_PREP, 0},
	{"by", C_PREP, 0},
	{"until", C_PREP, 0},
	{"from", C_FROM, 0},
	{"to", C_PREP, 0},
	{"during", C_PREP, 0},
	{"through", C_PREP, 0},
	{"till", C_PREP, 0},
	{"around", C_PREP, 0},
	{"circa", C_PREP, 0},
	{"for", C_PREP, 0},
	{"over", C_PREP, 0},
	{"within", C_PREP, 0},
	{"at", C_MISC, MISC_AT},
	{"on", C_MISC, MISC_ON},
	{"period", C_PERIOD, 0},
	{"th", C_MISC, MISC_TH},
	{"st", C_MISC, MISC_TH},
	{"nd", C_MISC, MISC_TH},
	{"rd", C_MISC, MISC_TH},
	{"s", C_MISC, MISC_S},
	{"m", C_MISC, MISC_M},
	{"o", C_MISC, MISC_O},
	{"clock", C_MISC, MISC_CLOCK},
	{"oclock", C_OCLOCK, 0},
	{"thousand", C_AUX, MISC_THOUSAND},
	{"and", C_AUX, MISC_AND},
	{"eve", C_AUX, MISC_EVE},
	{"christmas", C_HOLIDAY, H_CHRISTMAS},
	{"xmas", C_HOLIDAY, H_CHRISTMAS},
	{"thanksgiving", C_HOLIDAY, H_THANKSGIVING},
	{"easter", C_HOLIDAY, H_EASTER},
	{"halloween", C_HOLIDAY, H_HALLOWEEN},
	{"new", C_HOLIDAY, H_NEW},
	{"independence", C_HOLIDAY, H_INDEPENDENCE},
	{"labor", C_HOLIDAY, H_LABOR},
	{"labour", C_HOLIDAY, H_LABOR},
	{"memorial", C_HOLIDAY, H_MEMORIAL},
	{"veterans", C_HOLIDAY, H_VETERANS},
	{"valentine", C_HOLIDAY, H_VALENTINE},
	{"mother", C_HOLIDAY, H_MOTHER},
	{"father", C_HOLIDAY, H_FATHER},
	{"boxing", C_HOLIDAY, H_BOXING},
	{"good", C_HOLIDAY, H_GOOD},
	{"presidents", C_HOLIDAY, H_PRESIDENTS},
	{"black", C_HOLIDAY, H_BLACK},
	{"cyber", C_HOLIDAY, H_CYBER},
	{"ash", C_HOLIDAY, H_ASH},
};

const char tx_business_figures[] =
	"deliveries demand dividend dividends earnings figures growth income loss losses margin "
	"margins output performance production profit profits results revenue revenues sales "
	"shipments spending";

#define NLEX (sizeof(lexicon) / sizeof(lexicon[0]))
#define NB   (27 * 27) /* buckets by first letter and second letter (27: none) */

/* The entries grouped by their first two letters, in lexicon order inside a group (so that of
 * two entries with the same spelling the first wins: "second" is a unit before an ordinal). */
static uint16_t order[NLEX];
static uint16_t bstart[NB + 1];
static uint32_t blens[NB]; /* per bucket: bit n set when some entry has length n */
static uint8_t lens[NLEX];
static bool built;

static size_t bucket(unsigned char a, unsigned char b)
{
	return (size_t)(a - 'a') * 27 + (b ? (size_t)(b - 'a') : 26);
}

/* Built on first use; the tables only ever get the same contents, so a race is harmless in
 * practice, but callers on several threads should make one lookup first. */
static void build(void)
{
	uint16_t count[NB + 1] = {0};
	for (size_t i = 0; i < NLEX; i++) {
		if (!lexicon[i].s) /* an ordinal: the one list of their words */
			lexicon[i].s = text_ordinal_words[lexicon[i].val - 1];
		const char *w = lexicon[i].s;
		size_t n = strlen(w);
		size_t b = bucket((unsigned char)w[0], (unsigned char)w[1]);
		lens[i] = (uint8_t)n;
		blens[b] |= 1u << n;
		count[b + 1]++;
	}
	for (size_t b = 0; b < NB; b++)
		bstart[b + 1] = (uint16_t)(bstart[b] + count[b + 1]);
	uint16_t fill[NB];
	memcpy(fill, bstart, sizeof(fill));
	for (size_t i = 0; i < NLEX; i++) {
		const char *w = lexicon[i].s;
		order[fill[bucket((unsigned char)w[0], (unsigned char)w[1])]++] = (uint16_t)i;
	}
	built = true;
}

enum tx_class tx_lex_lookup(const char *s, size_t n, uint8_t *val)
{
	*val = 0;
	if (!built)
		build();
	if (n == 0 || n > 31)
		return C_NONE;
	unsigned char f = (unsigned char)(s[0] | 32);
	unsigned char g = n > 1 ? (unsigned char)(s[1] | 32) : 0;
	if (f < 'a' || f > 'z' || (n > 1 && (g < 'a' || g > 'z')))
		return C_NONE;
	/* most words are not time words: the bucket's lengths reject them before any compare */
	size_t b = bucket(f, g);
	if (!(blens[b] & (1u << n)))
		return C_NONE;
	for (size_t j = bstart[b]; j < bstart[b + 1]; j++) {
		size_t k = order[j];
		if (lens[k] != n)
			continue;
		const char *w = lexicon[k].s;
		size_t i = 2;
		while (i < n && (char)(s[i] | 32) == w[i])
			i++;
		if (i >= n) {
			*val = lexicon[k].val;
			return (enum tx_class)lexicon[k].cls;
		}
	}
	return C_NONE;
}
