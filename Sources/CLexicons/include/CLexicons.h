#ifndef HERSTELSITE_LEXICONS_H
#define HERSTELSITE_LEXICONS_H

/// The lexicons of data/ (see data/README.md), compiled into the binary byte for byte as
/// the scripts in scripts/lexicon/ write them: UTF-8, one entry a line, an entry maybe
/// followed by a tab and its marks. The one list of them: `HERSTELSITE_LEXICONS(X)` calls `X`
/// with each lexicon's name (the enum below and the lookup in lexicons.c are made from it).
#define HERSTELSITE_LEXICONS(X) \
    X(surnames) \
    X(municipalities) \
    X(places) \
    X(regions) \
    X(streets) \
    X(street_words) \
    X(institution_words) \
    X(organisations)

#define HERSTELSITE_LEXICON_CASE(name) herstelsite_lexicon_##name,
typedef enum { HERSTELSITE_LEXICONS(HERSTELSITE_LEXICON_CASE) } herstelsite_lexicon;
#undef HERSTELSITE_LEXICON_CASE

/// The bytes of one lexicon; `count` gets their number.
const unsigned char *herstelsite_lexicon_bytes(herstelsite_lexicon lexicon, unsigned long *count);

#endif
