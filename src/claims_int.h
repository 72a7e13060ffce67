/* claims_int: what the claims engine's source files share (word lists); not a public contract. */
#ifndef DATELINE_CLAIMS_INT_H
#define DATELINE_CLAIMS_INT_H

#include <stdbool.h>
#include <stddef.h>

/* Cue classes (claims_lex_cue). */
enum {
	CUE_VERB = 1u << 0,      /* a speech or belief verb */
	CUE_ING = 1u << 1,       /* a participle: its source is the clause's subject */
	CUE_OBJ = 1u << 2,       /* takes an addressee before its content (told X that) */
	CUE_BELIEF = 1u << 3,    /* a belief or hope, not speech */
	CUE_NEEDTHAT = 1u << 4,  /* reported content only with "that" or a quotation */
	CUE_QUOTEONLY = 1u << 5, /* a cue only for quotations */
	CUE_OUT = 1u << 6,       /* "pointed out" */
	CUE_ACCORDING = 1u << 7, /* "according to" */
	CUE_QUOTED = 1u << 9,    /* "X quoted Y as saying" */
	CUE_NP = 1u << 10,       /* content may be a noun phrase (called X a Y, criticized X) */
	CUE_FOR = 1u << 11,      /* "called for", "called on" */
};

/* Other word classes (claims_lex_word). */
enum {
	WORD_DET = 1u << 0,
	WORD_PREP = 1u << 1,
	WORD_SUBORD = 1u << 2, /* begins a subordinate clause: ends a subject going backwards */
	WORD_INTRO = 1u << 3,  /* may begin an introductory phrase ("In 2008, ...") */
	WORD_ADV = 1u << 4,
	WORD_TIME = 1u << 5,
	WORD_CONJ = 1u << 6,
	WORD_VERB = 1u << 7, /* a finite or auxiliary verb: ends a noun phrase */
	WORD_AUX = 1u << 8,
	WORD_PRON = 1u << 9,
	WORD_PERSON = 1u << 10,  /* he, she, the CEO: refers to a person */
	WORD_ROLE = 1u << 11,    /* a description that refers back to a named source */
	WORD_REL = 1u << 12,     /* who, which */
	WORD_COMPANY = 1u << 13, /* the company, the firm: refers to a business, not an authority */
};

/* Fills the lookup tables; claims_find() calls it before any work (idempotent). */
void claims_lex_init(void);
/* Classes of a word (case-insensitive), 0 when it is in no list. */
unsigned claims_lex_cue(const char *s, size_t len);
unsigned claims_lex_word(const char *s, size_t len);
/* True for honorifics and titles before a name (Mr, Dr, Sen, President ...). */
bool claims_lex_title(const char *s, size_t len);
/* True when the lists are sorted (a unit test checks it). */
bool claims_lex_check(void);

#endif
