/* claims_lex: the word lists of the claims engine (speech cues, stop words, titles, roles). */
#include "claims_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct entry {
	const char *word;
	unsigned flags;
};

/* Speech and belief cues by surface form. Sorted by word (checked by claims_lex_check()). */
static const struct entry cues[] = {
	{"accept", CUE_VERB | CUE_BELIEF},
	{"accepted", CUE_VERB | CUE_BELIEF},
	{"accepts", CUE_VERB | CUE_BELIEF},
	{"according", CUE_ACCORDING},
	{"accused", CUE_VERB | CUE_NP},
	{"accusing", CUE_VERB | CUE_NP | CUE_ING},
	{"acknowledge", CUE_VERB},
	{"acknowledged", CUE_VERB},
	{"acknowledges", CUE_VERB},
	{"acknowledging", CUE_VERB | CUE_ING},
	{"add", CUE_VERB},
	{"added", CUE_VERB},
	{"adding", CUE_VERB | CUE_ING},
	{"adds", CUE_VERB},
	{"admit", CUE_VERB},
	{"admits", CUE_VERB},
	{"admitted", CUE_VERB},
	{"admitting", CUE_VERB | CUE_ING},
	{"agree", CUE_VERB | CUE_NEEDTHAT},
	{"agreed", CUE_VERB | CUE_NEEDTHAT},
	{"agrees", CUE_VERB | CUE_NEEDTHAT},
	{"announce", CUE_VERB},
	{"announced", CUE_VERB},
	{"announces", CUE_VERB},
	{"argue", CUE_VERB},
	{"argued", CUE_VERB},
	{"argues", CUE_VERB},
	{"arguing", CUE_VERB | CUE_ING},
	{"asked", CUE_VERB | CUE_OBJ | CUE_NP},
	{"asks", CUE_VERB | CUE_OBJ | CUE_NP},
	{"assert", CUE_VERB},
	{"asserted", CUE_VERB},
	{"asserting", CUE_VERB | CUE_ING},
	{"asserts", CUE_VERB},
	{"assured", CUE_VERB | CUE_OBJ},
	{"believe", CUE_VERB | CUE_BELIEF},
	{"believed", CUE_VERB | CUE_BELIEF},
	{"believes", CUE_VERB | CUE_BELIEF},
	{"blamed", CUE_VERB | CUE_NP},
	{"blasted", CUE_VERB | CUE_NP},
	{"boasted", CUE_VERB},
	{"call", CUE_VERB | CUE_NP | CUE_FOR},
	{"called", CUE_VERB | CUE_NP | CUE_FOR},
	{"calling", CUE_VERB | CUE_NP | CUE_ING | CUE_FOR},
	{"calls", CUE_VERB | CUE_NP | CUE_FOR},
	{"charged", CUE_VERB | CUE_NEEDTHAT},
	{"cited", CUE_VERB | CUE_NEEDTHAT},
	{"claim", CUE_VERB},
	{"claimed", CUE_VERB},
	{"claiming", CUE_VERB | CUE_ING},
	{"claims", CUE_VERB},
	{"complained", CUE_VERB},
	{"concede", CUE_VERB},
	{"conceded", CUE_VERB},
	{"concedes", CUE_VERB},
	{"concluded", CUE_VERB},
	{"condemned", CUE_VERB | CUE_NP},
	{"confirmed", CUE_VERB | CUE_NEEDTHAT},
	{"contend", CUE_VERB},
	{"contended", CUE_VERB},
	{"contends", CUE_VERB},
	{"continued", CUE_VERB | CUE_QUOTEONLY},
	{"counter", CUE_VERB | CUE_QUOTEONLY},
	{"countered", CUE_VERB},
	{"criticized", CUE_VERB | CUE_NP},
	{"declare", CUE_VERB},
	{"declared", CUE_VERB},
	{"declares", CUE_VERB},
	{"defended", CUE_VERB | CUE_NP},
	{"demanded", CUE_VERB | CUE_NP},
	{"denied", CUE_VERB | CUE_NEEDTHAT},
	{"denies", CUE_VERB | CUE_NEEDTHAT},
	{"described", CUE_VERB | CUE_QUOTEONLY | CUE_OBJ},
	{"dismissed", CUE_VERB | CUE_NP},
	{"emphasized", CUE_VERB},
	{"endorsed", CUE_VERB | CUE_NP},
	{"estimated", CUE_VERB | CUE_NEEDTHAT},
	{"estimates", CUE_VERB | CUE_NEEDTHAT},
	{"expect", CUE_VERB | CUE_BELIEF},
	{"expects", CUE_VERB | CUE_BELIEF},
	{"explain", CUE_VERB},
	{"explained", CUE_VERB},
	{"explaining", CUE_VERB | CUE_ING},
	{"explains", CUE_VERB},
	{"fear", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"feared", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"fears", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"feel", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"feels", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"felt", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"find", CUE_VERB | CUE_NEEDTHAT},
	{"finds", CUE_VERB | CUE_NEEDTHAT},
	{"found", CUE_VERB | CUE_NEEDTHAT},
	{"hope", CUE_VERB | CUE_BELIEF},
	{"hoped", CUE_VERB | CUE_BELIEF},
	{"hopes", CUE_VERB | CUE_BELIEF},
	{"indicated", CUE_VERB | CUE_NEEDTHAT},
	{"insist", CUE_VERB},
	{"insisted", CUE_VERB},
	{"insisting", CUE_VERB | CUE_ING},
	{"insists", CUE_VERB},
	{"joked", CUE_VERB},
	{"know", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"knows", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"maintained", CUE_VERB | CUE_NEEDTHAT},
	{"mention", CUE_VERB},
	{"mentioned", CUE_VERB},
	{"mentions", CUE_VERB},
	{"noted", CUE_VERB},
	{"notes", CUE_VERB},
	{"noting", CUE_VERB | CUE_ING},
	{"observed", CUE_VERB},
	{"opposed", CUE_VERB | CUE_NP},
	{"pledged", CUE_VERB | CUE_NEEDTHAT},
	{"pointed", CUE_VERB | CUE_OUT},
	{"pointing", CUE_VERB | CUE_ING | CUE_OUT},
	{"points", CUE_VERB | CUE_OUT},
	{"praised", CUE_VERB | CUE_NP},
	{"predicted", CUE_VERB},
	{"predicts", CUE_VERB},
	{"proclaimed", CUE_VERB},
	{"promised", CUE_VERB | CUE_NEEDTHAT},
	{"proposed", CUE_VERB | CUE_NP},
	{"questioned", CUE_VERB | CUE_NP},
	{"quipped", CUE_VERB},
	{"quoted", CUE_QUOTED},
	{"read", CUE_VERB | CUE_QUOTEONLY},
	{"reads", CUE_VERB | CUE_QUOTEONLY},
	{"recalled", CUE_VERB},
	{"recalls", CUE_VERB},
	{"recommended", CUE_VERB | CUE_NP},
	{"rejected", CUE_VERB | CUE_NP},
	{"remarked", CUE_VERB},
	{"replied", CUE_VERB},
	{"report", CUE_VERB | CUE_NEEDTHAT},
	{"reported", CUE_VERB | CUE_NEEDTHAT},
	{"reports", CUE_VERB | CUE_NEEDTHAT},
	{"responded", CUE_VERB | CUE_QUOTEONLY},
	{"revealed", CUE_VERB | CUE_NEEDTHAT},
	{"said", CUE_VERB},
	{"say", CUE_VERB},
	{"saying", CUE_VERB | CUE_ING},
	{"says", CUE_VERB},
	{"show", CUE_VERB},
	{"showed", CUE_VERB},
	{"shows", CUE_VERB},
	{"slammed", CUE_VERB | CUE_NP},
	{"state", CUE_VERB | CUE_NEEDTHAT},
	{"stated", CUE_VERB},
	{"states", CUE_VERB | CUE_NEEDTHAT},
	{"stating", CUE_VERB | CUE_ING},
	{"stressed", CUE_VERB},
	{"suggest", CUE_VERB | CUE_NEEDTHAT},
	{"suggested", CUE_VERB},
	{"suggesting", CUE_VERB | CUE_ING | CUE_NEEDTHAT},
	{"suggests", CUE_VERB},
	{"tell", CUE_VERB | CUE_OBJ},
	{"telling", CUE_VERB | CUE_OBJ | CUE_ING},
	{"tells", CUE_VERB | CUE_OBJ},
	{"testified", CUE_VERB},
	{"think", CUE_VERB | CUE_BELIEF},
	{"thinks", CUE_VERB | CUE_BELIEF},
	{"thought", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"told", CUE_VERB | CUE_OBJ},
	{"touted", CUE_VERB | CUE_NP},
	{"tweeted", CUE_VERB},
	{"tweets", CUE_VERB},
	{"urged", CUE_VERB | CUE_NP},
	{"urging", CUE_VERB | CUE_NP | CUE_ING},
	{"vowed", CUE_VERB | CUE_NEEDTHAT},
	{"warn", CUE_VERB},
	{"warned", CUE_VERB},
	{"warning", CUE_VERB | CUE_ING | CUE_NEEDTHAT},
	{"warns", CUE_VERB},
	{"worried", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"worry", CUE_VERB | CUE_BELIEF | CUE_NEEDTHAT},
	{"writes", CUE_VERB},
	{"wrote", CUE_VERB},
};

/* Other word classes. Sorted by word. */
static const struct entry words[] = {
	{"a", W_DET},
	{"about", W_PREP},
	{"across", W_PREP},
	{"after", W_PREP | W_SUBORD | W_INTRO},
	{"again", W_ADV},
	{"agency", W_ROLE},
	{"ago", W_TIME},
	{"already", W_ADV},
	{"also", W_ADV},
	{"although", W_SUBORD | W_INTRO},
	{"always", W_ADV},
	{"an", W_DET},
	{"and", W_CONJ},
	{"another", W_DET},
	{"any", W_DET},
	{"april", W_TIME},
	{"are", W_VERB},
	{"as", W_SUBORD | W_PREP},
	{"at", W_PREP | W_INTRO},
	{"august", W_TIME},
	{"be", W_VERB},
	{"because", W_SUBORD | W_INTRO},
	{"been", W_VERB},
	{"before", W_PREP | W_SUBORD | W_INTRO},
	{"being", W_VERB},
	{"but", W_CONJ | W_INTRO},
	{"by", W_PREP},
	{"came", W_VERB},
	{"campaign", W_ROLE},
	{"can", W_VERB},
	{"ceo", W_ROLE | W_PERSON},
	{"chairman", W_ROLE | W_PERSON},
	{"chief", W_ROLE | W_PERSON},
	{"company", W_ROLE | W_COMPANY},
	{"could", W_VERB},
	{"day", W_TIME},
	{"december", W_TIME},
	{"department", W_ROLE},
	{"did", W_VERB},
	{"director", W_ROLE | W_PERSON},
	{"do", W_VERB},
	{"does", W_VERB},
	{"during", W_PREP | W_INTRO},
	{"earlier", W_TIME | W_ADV | W_INTRO},
	{"even", W_ADV},
	{"every", W_DET},
	{"february", W_TIME},
	{"firm", W_ROLE | W_COMPANY},
	{"for", W_PREP},
	{"friday", W_TIME},
	{"from", W_PREP},
	{"further", W_ADV},
	{"gave", W_VERB},
	{"got", W_VERB},
	{"government", W_ROLE},
	{"group", W_ROLE},
	{"had", W_VERB | W_AUX},
	{"has", W_VERB | W_AUX},
	{"have", W_VERB | W_AUX},
	{"having", W_VERB},
	{"he", W_PRON | W_PERSON},
	{"her", W_PRON | W_PERSON},
	{"here", W_ADV},
	{"him", W_PRON | W_PERSON},
	{"his", W_PRON | W_PERSON},
	{"how", W_SUBORD},
	{"however", W_ADV | W_INTRO},
	{"i", W_PRON},
	{"if", W_SUBORD | W_INTRO},
	{"in", W_PREP | W_INTRO},
	{"instead", W_ADV},
	{"into", W_PREP},
	{"is", W_VERB},
	{"it", W_PRON},
	{"its", W_PRON},
	{"january", W_TIME},
	{"july", W_TIME},
	{"june", W_TIME},
	{"just", W_ADV},
	{"last", W_TIME},
	{"later", W_TIME | W_ADV | W_INTRO},
	{"leader", W_ROLE | W_PERSON},
	{"made", W_VERB},
	{"march", W_TIME},
	{"may", W_VERB},
	{"meanwhile", W_ADV | W_INTRO},
	{"might", W_VERB},
	{"minister", W_ROLE | W_PERSON},
	{"ministry", W_ROLE},
	{"monday", W_TIME},
	{"month", W_TIME},
	{"most", W_ADV},
	{"must", W_VERB},
	{"never", W_ADV},
	{"newspaper", W_ROLE},
	{"not", W_ADV},
	{"november", W_TIME},
	{"now", W_ADV},
	{"october", W_TIME},
	{"of", W_PREP},
	{"official", W_ROLE | W_PERSON},
	{"officials", W_ROLE},
	{"on", W_PREP | W_INTRO},
	{"once", W_ADV | W_SUBORD},
	{"only", W_ADV},
	{"or", W_CONJ},
	{"organization", W_ROLE},
	{"over", W_PREP},
	{"party", W_ROLE},
	{"per", W_PREP},
	{"police", W_ROLE},
	{"president", W_ROLE | W_PERSON},
	{"previously", W_ADV | W_INTRO},
	{"publicly", W_ADV},
	{"recently", W_ADV | W_INTRO},
	{"repeatedly", W_ADV},
	{"reportedly", W_ADV},
	{"saturday", W_TIME},
	{"senator", W_ROLE | W_PERSON},
	{"september", W_TIME},
	{"shall", W_VERB},
	{"she", W_PRON | W_PERSON},
	{"should", W_VERB},
	{"since", W_PREP | W_SUBORD | W_INTRO},
	{"so", W_CONJ},
	{"some", W_DET},
	{"spokesman", W_ROLE | W_PERSON},
	{"spokeswoman", W_ROLE | W_PERSON},
	{"still", W_ADV | W_INTRO},
	{"sunday", W_TIME},
	{"than", W_SUBORD},
	{"that", W_SUBORD},
	{"the", W_DET},
	{"their", W_PRON},
	{"them", W_PRON},
	{"then", W_ADV},
	{"there", W_ADV},
	{"they", W_PRON},
	{"this", W_DET | W_TIME},
	{"though", W_SUBORD | W_INTRO},
	{"through", W_PREP},
	{"thursday", W_TIME},
	{"to", W_PREP},
	{"today", W_TIME},
	{"tonight", W_TIME},
	{"took", W_VERB},
	{"tuesday", W_TIME},
	{"under", W_PREP},
	{"until", W_SUBORD | W_PREP},
	{"us", W_PRON},
	{"was", W_VERB},
	{"we", W_PRON},
	{"wednesday", W_TIME},
	{"week", W_TIME},
	{"went", W_VERB},
	{"were", W_VERB},
	{"what", W_SUBORD},
	{"when", W_SUBORD | W_INTRO},
	{"where", W_SUBORD},
	{"whether", W_SUBORD},
	{"which", W_SUBORD | W_REL},
	{"while", W_SUBORD | W_INTRO},
	{"who", W_REL | W_PRON},
	{"whom", W_REL},
	{"why", W_SUBORD},
	{"will", W_VERB},
	{"with", W_PREP},
	{"without", W_PREP},
	{"would", W_VERB},
	{"year", W_TIME},
	{"yesterday", W_TIME},
	{"yet", W_ADV | W_CONJ},
	{"you", W_PRON},
};

/* Honorifics and titles that a short name may carry ("Mr. Huang"). Sorted. */
static const char *const titles[] = {
	"dr", "gen",       "gov",  "judge", "miss", "mr",  "mrs",
	"ms", "president", "prof", "rep",   "sen",  "sir",
};

/* Open-addressing hash tables over the lists, filled on first use: a lookup is one hash of
 * the lowercased word and, nearly always, one comparison. */
#define SLOTS 1024
static unsigned short cue_slots[SLOTS], word_slots[SLOTS];
static bool filled;

static unsigned hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h & (SLOTS - 1);
}

static void fill(unsigned short *slots, const struct entry *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned h = hash(t[i].word, strlen(t[i].word));
		while (slots[h])
			h = (h + 1) & (SLOTS - 1);
		slots[h] = (unsigned short)(i + 1);
	}
}

static unsigned find(const unsigned short *slots, const struct entry *t, const char *s, size_t len)
{
	char low[16];
	unsigned h;

	if (len == 0 || len > 15)
		return 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (!((c >= 'a' && c <= 'z') || c == '-'))
			return 0; /* every listed word is ASCII letters */
		low[i] = (char)c;
	}
	for (h = hash(low, len); slots[h]; h = (h + 1) & (SLOTS - 1)) {
		const char *w = t[slots[h] - 1].word;
		if (strncmp(w, low, len) == 0 && w[len] == '\0')
			return t[slots[h] - 1].flags;
	}
	return 0;
}

void claims_lex_init(void)
{
	if (filled)
		return;
	fill(cue_slots, cues, sizeof(cues) / sizeof(cues[0]));
	fill(word_slots, words, sizeof(words) / sizeof(words[0]));
	filled = true;
}

unsigned claims_lex_cue(const char *s, size_t len)
{
	claims_lex_init();
	return find(cue_slots, cues, s, len);
}

unsigned claims_lex_word(const char *s, size_t len)
{
	claims_lex_init();
	return find(word_slots, words, s, len);
}

bool claims_lex_title(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++)
		if (strlen(titles[i]) == len && strncasecmp(titles[i], s, len) == 0)
			return true;
	return false;
}

bool claims_lex_check(void)
{
	for (size_t i = 1; i < sizeof(cues) / sizeof(cues[0]); i++)
		if (strcmp(cues[i - 1].word, cues[i].word) >= 0)
			return false;
	for (size_t i = 1; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i - 1].word, words[i].word) >= 0)
			return false;
	return true;
}
