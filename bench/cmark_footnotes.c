/* libcmark-gfm alone on a Markdown file, with the options and extensions herstelsite uses
 * (Render/Markdown.swift): the reference bench/footnotes.sh compares with.
 *   cc -O2 bench/cmark_footnotes.c -lcmark-gfm -lcmark-gfm-extensions -o cmark_footnotes
 *   ./cmark_footnotes FILE      prints the seconds parse + render took, and the HTML size */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: %s FILE\n", argv[0]); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 2; }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc(size);
  if (fread(text, 1, size, f) != (size_t)size) { perror("read"); return 2; }
  fclose(f);
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  cmark_gfm_core_extensions_ensure_registered();
  int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
  cmark_parser *parser = cmark_parser_new(options);
  const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
  for (int i = 0; i < 5; i++) cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[i]));
  cmark_parser_feed(parser, text, size);
  cmark_node *document = cmark_parser_finish(parser);
  char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
  clock_gettime(CLOCK_MONOTONIC, &end);
  double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
  printf("%.3f %zu\n", seconds, strlen(html));
  free(html);
  cmark_node_free(document);
  cmark_parser_free(parser);
  free(text);
  return 0;
}
