/* check: a tiny unit test harness; each test file is one executable run by meson. */
#ifndef DATELINE_CHECK_H
#define DATELINE_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failed;
static int check_case_failed;

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
			check_case_failed = 1;                                                     \
		}                                                                                  \
	} while (0)

#define CHECK_EQ(a, b)                                                                             \
	do {                                                                                       \
		long long check_a_ = (long long)(a), check_b_ = (long long)(b);                    \
		if (check_a_ != check_b_) {                                                        \
			fprintf(stderr, "%s:%d: %s == %lld, want %lld\n", __FILE__, __LINE__, #a,  \
				check_a_, check_b_);                                               \
			check_case_failed = 1;                                                     \
		}                                                                                  \
	} while (0)

#define CHECK_STR(a, b)                                                                            \
	do {                                                                                       \
		const char *check_a_ = (a), *check_b_ = (b);                                       \
		if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                   \
			fprintf(stderr, "%s:%d: %s == \"%s\", want \"%s\"\n", __FILE__, __LINE__,  \
				#a, check_a_ ? check_a_ : "(null)",                                \
				check_b_ ? check_b_ : "(null)");                                   \
			check_case_failed = 1;                                                     \
		}                                                                                  \
	} while (0)

#define RUN(fn)                                                                                    \
	do {                                                                                       \
		check_case_failed = 0;                                                             \
		fn();                                                                              \
		printf("%s - %s\n", check_case_failed ? "not ok" : "ok", #fn);                     \
		check_failed += check_case_failed;                                                 \
	} while (0)

#define CHECK_DONE() (check_failed ? 1 : 0)

#endif
