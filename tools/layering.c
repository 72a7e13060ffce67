/* layering: an empty program that the build links with one module's whole library and only the
 * modules below it, so that a call the wrong way up between modules fails to link. */
int main(void)
{
	return 0;
}
