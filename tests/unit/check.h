/* check: a tiny unit test harness; each test file is one executable run by meson.
 *
 * CHECK, CHECK_EQ and CHECK_STR record a failure and go on. REQUIRE and REQUIRE_EQ are for
 * preconditions (a document that must load, a database that must open, a count before its
 * items are read): a failed one records the failure and stops the test function at once (a
 * longjmp back to RUN, which goes on with the next test), or the program with status 1 when no
 * test function runs. Every test file returns CHECK_DONE() from main. */
#ifndef DATELINE_CHECK_H
#define DATELINE_CHECK_H

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failed;
static int check_case_failed;
/* any check failed, in a test function run by RUN or not: CHECK_DONE() fails then too, so that a
 * file that calls its test functions directly cannot pass with a failed check */
static int check_any_failed;
static int check_in_case;
static jmp_buf check_jmp;

/* Ends the current test function after a failed REQUIRE (or the program outside RUN). */
static inline _Noreturn void check_stop(void)
{
	if (check_in_case)
		longjmp(check_jmp, 1);
	exit(1);
}

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
			check_case_failed = check_any_failed = 1;                                  \
		}                                                                                  \
	} while (0)

#define CHECK_EQ(a, b)                                                                             \
	do {                                                                                       \
		long long check_a_ = (long long)(a), check_b_ = (long long)(b);                    \
		if (check_a_ != check_b_) {                                                        \
			fprintf(stderr, "%s:%d: %s == %lld, want %lld\n", __FILE__, __LINE__, #a,  \
				check_a_, check_b_);                                               \
			check_case_failed = check_any_failed = 1;                                  \
		}                                                                                  \
	} while (0)

#define CHECK_STR(a, b)                                                                            \
	do {                                                                                       \
		const char *check_a_ = (a), *check_b_ = (b);                                       \
		if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                   \
			fprintf(stderr, "%s:%d: %s == \"%s\", want \"%s\"\n", __FILE__, __LINE__,  \
				#a, check_a_ ? check_a_ : "(null)",                                \
				check_b_ ? check_b_ : "(null)");                                   \
			check_case_failed = check_any_failed = 1;                                  \
		}                                                                                  \
	} while (0)

#define REQUIRE(cond)                                                                              \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: required, stopping: %s\n", __FILE__, __LINE__,     \
				#cond);                                                            \
			check_case_failed = check_any_failed = 1;                                  \
			check_stop();                                                              \
		}                                                                                  \
	} while (0)

#define REQUIRE_EQ(a, b)                                                                           \
	do {                                                                                       \
		long long check_a_ = (long long)(a), check_b_ = (long long)(b);                    \
		if (check_a_ != check_b_) {                                                        \
			fprintf(stderr, "%s:%d: %s == %lld, want %lld; stopping\n", __FILE__,      \
				__LINE__, #a, check_a_, check_b_);                                 \
			check_case_failed = check_any_failed = 1;                                  \
			check_stop();                                                              \
		}                                                                                  \
	} while (0)

#define RUN(fn)                                                                                    \
	do {                                                                                       \
		check_case_failed = 0;                                                             \
		check_in_case = 1;                                                                 \
		if (setjmp(check_jmp) == 0)                                                        \
			fn();                                                                      \
		check_in_case = 0;                                                                 \
		printf("%s - %s\n", check_case_failed ? "not ok" : "ok", #fn);                     \
		check_failed += check_case_failed;                                                 \
	} while (0)

#define CHECK_DONE() (check_failed || check_any_failed ? 1 : 0)

#endif
