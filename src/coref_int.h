/* coref_int: what the coref module's files share (the word classes of its lexicon); not a public
 * contract. */
#ifndef DATELINE_COREF_INT_H
#define DATELINE_COREF_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "dateline/coref.h"

/* Word classes (coref_lex()); a word may have several. */
enum {
	LEX_STOP = 1u << 0,   /* a function word: never part of a name */
	LEX_PREP = 1u << 1,   /* a preposition */
	LEX_PRON = 1u << 2,   /* a personal or relative pronoun */
	LEX_MALE = 1u << 3,   /* he, Mr, a man's given name */
	LEX_FEMALE = 1u << 4, /* she, Mrs, a woman's given name */
	LEX_PLURAL = 1u << 5, /* they, we */
	LEX_TITLE = 1u << 6,  /* a title before a name: Mr, Sen, President, CEO */
	LEX_ROLE = 1u << 7,   /* a noun for what a person is: spokesman, chief executive */
	LEX_ORGKEY = 1u << 8, /* a word that makes a name an organisation's: Inc, Times, Ministry */
	LEX_ORGDESC = 1u << 9,    /* a noun for an organisation: company, newspaper, ministry */
	LEX_COMPANY = 1u << 10,   /* with ORGKEY or ORGDESC: a business */
	LEX_MEDIA = 1u << 11,     /* ... a newspaper, agency or broadcaster */
	LEX_AUTHORITY = 1u << 12, /* ... a ministry, court, party or government */
	LEX_OTHER = 1u << 13,     /* ... a university, a foundation */
	LEX_TIME = 1u << 14,      /* Monday, November, today, AM, UTC */
	LEX_FURNITURE = 1u << 15, /* words of a page's frame: Updated, Share, Our Standards */
	LEX_DEMONYM = 1u << 16,  /* an adjective of a nation, party or faith: Chinese, Democratic */
	LEX_GROUP = 1u << 17,    /* a plural group: Democrats, Americans */
	LEX_GPE = 1u << 18,      /* a country or a capital */
	LEX_PLACE = 1u << 19,    /* another place: a continent, a state, a city */
	LEX_PLACEKEY = 1u << 20, /* a word that makes a name a place's: Sea, Street, County */
	LEX_PARTICLE = 1u << 21, /* de, van, bin: lowercase inside a name */
	LEX_FIRST = 1u << 22,    /* a given name (with MALE or FEMALE) */
	LEX_THING = 1u << 23,    /* a word that makes a name an event's, a law's or a thing's */
};

/* The classes of the word s (n bytes, ASCII letters, case-insensitive; a final "'s" is not
 * stripped here), 0 when it is in no list. *id, when not NULL, is set to the word's canonical
 * entry (synonyms share one: "CEO" and "executive"), an index below coref_lex_size(). */
unsigned coref_lex(const char *s, size_t n, unsigned *id);
/* The number of entries. */
unsigned coref_lex_size(void);
/* True when the list is sorted with no word twice (a unit test checks it). */
bool coref_lex_check(void);

#endif
