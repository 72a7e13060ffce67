/* embed: turns a file into a C source defining `const char NAME[]` and `const size_t NAME_len`,
 * so the built-in sample article is compiled into the binary. Usage: embed NAME IN OUT */
#include <stdio.h>

int main(int argc, char **argv)
{
	FILE *in, *out;
	int c;
	unsigned long n = 0;

	if (argc != 4) {
		fprintf(stderr, "usage: embed NAME IN OUT\n");
		return 2;
	}
	in = fopen(argv[2], "rb");
	out = fopen(argv[3], "w");
	if (!in || !out) {
		perror("embed");
		return 1;
	}
	fprintf(out, "#include <stddef.h>\nconst char %s[] =\n\t\"", argv[1]);
	while ((c = getc(in)) != EOF) {
		if (n && n % 32 == 0)
			fputs("\"\n\t\"", out);
		fprintf(out, "\\%03o", (unsigned)c);
		n++;
	}
	fprintf(out, "\";\nconst size_t %s_len = %lu;\n", argv[1], n);
	fclose(in);
	return fclose(out) == 0 ? 0 : 1;
}
