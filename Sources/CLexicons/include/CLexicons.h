#ifndef HERSTELSITE_LEXICONS_H
#define HERSTELSITE_LEXICONS_H

/// The lexicons of data/ (see data/README.md), compiled into the binary byte for byte as
/// the scripts in scripts/lexicon/ write them: UTF-8, one entry a line, an entry maybe
/// followed by a tab and its marks.
typedef enum {
    herstelsite_lexicon_surnames,
    herstelsite_lexicon_municipalities,
    herstelsite_lexicon_places,
    herstelsite_lexicon_regions,
    herstelsite_lexicon_streets,
    herstelsite_lexicon_street_words,
    herstelsite_lexicon_institution_words,
    herstelsite_lexicon_organisations,
} herstelsite_lexicon;

/// The bytes of one lexicon; `count` gets their number.
const unsigned char *herstelsite_lexicon_bytes(herstelsite_lexicon lexicon, unsigned long *count);

#endif
