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
	{"a", WORD_DET},
	{"about", WORD_PREP},
	{"across", WORD_PREP},
	{"after", WORD_PREP | WORD_SUBORD | WORD_INTRO},
	{"again", WORD_ADV},
	{"agency", WORD_ROLE},
	{"ago", WORD_TIME},
	{"already", WORD_ADV},
	{"also", WORD_ADV},
	{"although", WORD_SUBORD | WORD_INTRO},
	{"always", WORD_ADV},
	{"an", WORD_DET},
	{"and", WORD_CONJ},
	{"another", WORD_DET},
	{"any", WORD_DET},
	{"april", WORD_TIME},
	{"are", WORD_VERB},
	{"as", WORD_SUBORD | WORD_PREP},
	{"at", WORD_PREP | WORD_INTRO},
	{"august", WORD_TIME},
	{"be", WORD_VERB},
	{"because", WORD_SUBORD | WORD_INTRO},
	{"been", WORD_VERB},
	{"before", WORD_PREP | WORD_SUBORD | WORD_INTRO},
	{"being", WORD_VERB},
	{"but", WORD_CONJ | WORD_INTRO},
	{"by", WORD_PREP},
	{"came", WORD_VERB},
	{"campaign", WORD_ROLE},
	{"can", WORD_VERB},
	{"ceo", WORD_ROLE | WORD_PERSON},
	{"chairman", WORD_ROLE | WORD_PERSON},
	{"chief", WORD_ROLE | WORD_PERSON},
	{"company", WORD_ROLE | WORD_COMPANY},
	{"could", WORD_VERB},
	{"day", WORD_TIME},
	{"december", WORD_TIME},
	{"department", WORD_ROLE},
	{"did", WORD_VERB},
	{"director", WORD_ROLE | WORD_PERSON},
	{"do", WORD_VERB},
	{"does", WORD_VERB},
	{"during", WORD_PREP | WORD_INTRO},
	{"earlier", WORD_TIME | WORD_ADV | WORD_INTRO},
	{"even", WORD_ADV},
	{"every", WORD_DET},
	{"february", WORD_TIME},
	{"firm", WORD_ROLE | WORD_COMPANY},
	{"for", WORD_PREP},
	{"friday", WORD_TIME},
	{"from", WORD_PREP},
	{"further", WORD_ADV},
	{"gave", WORD_VERB},
	{"got", WORD_VERB},
	{"government", WORD_ROLE},
	{"group", WORD_ROLE},
	{"had", WORD_VERB | WORD_AUX},
	{"has", WORD_VERB | WORD_AUX},
	{"have", WORD_VERB | WORD_AUX},
	{"having", WORD_VERB},
	{"he", WORD_PRON | WORD_PERSON},
	{"her", WORD_PRON | WORD_PERSON},
	{"here", WORD_ADV},
	{"him", WORD_PRON | WORD_PERSON},
	{"his", WORD_PRON | WORD_PERSON},
	{"how", WORD_SUBORD},
	{"however", WORD_ADV | WORD_INTRO},
	{"i", WORD_PRON},
	{"if", WORD_SUBORD | WORD_INTRO},
	{"in", WORD_PREP | WORD_INTRO},
	{"instead", WORD_ADV},
	{"into", WORD_PREP},
	{"is", WORD_VERB},
	{"it", WORD_PRON},
	{"its", WORD_PRON},
	{"january", WORD_TIME},
	{"july", WORD_TIME},
	{"june", WORD_TIME},
	{"just", WORD_ADV},
	{"last", WORD_TIME},
	{"later", WORD_TIME | WORD_ADV | WORD_INTRO},
	{"leader", WORD_ROLE | WORD_PERSON},
	{"made", WORD_VERB},
	{"march", WORD_TIME},
	{"may", WORD_VERB},
	{"meanwhile", WORD_ADV | WORD_INTRO},
	{"might", WORD_VERB},
	{"minister", WORD_ROLE | WORD_PERSON},
	{"ministry", WORD_ROLE},
	{"monday", WORD_TIME},
	{"month", WORD_TIME},
	{"most", WORD_ADV},
	{"must", WORD_VERB},
	{"never", WORD_ADV},
	{"newspaper", WORD_ROLE},
	{"not", WORD_ADV},
	{"november", WORD_TIME},
	{"now", WORD_ADV},
	{"october", WORD_TIME},
	{"of", WORD_PREP},
	{"official", WORD_ROLE | WORD_PERSON},
	{"officials", WORD_ROLE},
	{"on", WORD_PREP | WORD_INTRO},
	{"once", WORD_ADV | WORD_SUBORD},
	{"only", WORD_ADV},
	{"or", WORD_CONJ},
	{"organization", WORD_ROLE},
	{"over", WORD_PREP},
	{"party", WORD_ROLE},
	{"per", WORD_PREP},
	{"police", WORD_ROLE},
	{"president", WORD_ROLE | WORD_PERSON},
	{"previously", WORD_ADV | WORD_INTRO},
	{"publicly", WORD_ADV},
	{"recently", WORD_ADV | WORD_INTRO},
	{"repeatedly", WORD_ADV},
	{"reportedly", WORD_ADV},
	{"saturday", WORD_TIME},
	{"senator", WORD_ROLE | WORD_PERSON},
	{"september", WORD_TIME},
	{"shall", WORD_VERB},
	{"she", WORD_PRON | WORD_PERSON},
	{"should", WORD_VERB},
	{"since", WORD_PREP | WORD_SUBORD | WORD_INTRO},
	{"so", WORD_CONJ},
	{"some", WORD_DET},
	{"spokesman", WORD_ROLE | WORD_PERSON},
	{"spokeswoman", WORD_ROLE | WORD_PERSON},
	{"still", WORD_ADV | WORD_INTRO},
	{"sunday", WORD_TIME},
	{"than", WORD_SUBORD},
	{"that", WORD_SUBORD},
	{"the", WORD_DET},
	{"their", WORD_PRON},
	{"them", WORD_PRON},
	{"then", WORD_ADV},
	{"there", WORD_ADV},
	{"they", WORD_PRON},
	{"this", WORD_DET | WORD_TIME},
	{"though", WORD_SUBORD | WORD_INTRO},
	{"through", WORD_PREP},
	{"thursday", WORD_TIME},
	{"to", WORD_PREP},
	{"today", WORD_TIME},
	{"tonight", WORD_TIME},
	{"took", WORD_VERB},
	{"tuesday", WORD_TIME},
	{"under", WORD_PREP},
	{"until", WORD_SUBORD | WORD_PREP},
	{"us", WORD_PRON},
	{"was", WORD_VERB},
	{"we", WORD_PRON},
	{"wednesday", WORD_TIME},
	{"week", WORD_TIME},
	{"went", WORD_VERB},
	{"were", WORD_VERB},
	{"what", WORD_SUBORD},
	{"when", WORD_SUBORD | WORD_INTRO},
	{"where", WORD_SUBORD},
	{"whether", WORD_SUBORD},
	{"which", WORD_SUBORD | WORD_REL},
	{"while", WORD_SUBORD | WORD_INTRO},
	{"who", WORD_REL | WORD_PRON},
	{"whom", WORD_REL},
	{"why", WORD_SUBORD},
	{"will", WORD_VERB},
	{"with", WORD_PREP},
	{"without", WORD_PREP},
	{"would", WORD_VERB},
	{"year", WORD_TIME},
	{"yesterday", WORD_TIME},
	{"yet", WORD_ADV | WORD_CONJ},
	{"you", WORD_PRON},
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
