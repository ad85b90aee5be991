// The lexicons are read from data/ when the binary is compiled (C23 #embed), so the files
// the generators write are the data the gate uses, with no generated copy to keep in step
// and nothing to compile but bytes. #embed is a directive, which no macro can expand to, so
// each file has its block here; every other mention of a lexicon comes from the one list,
// HERSTELSITE_LEXICONS in CLexicons.h (a block it names but this file lacks does not compile).
#include "CLexicons.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char surnames[] = {
#embed "../../data/surnames/surnames.txt"
};
static const unsigned char municipalities[] = {
#embed "../../data/municipalities/municipalities.txt"
};
static const unsigned char places[] = {
#embed "../../data/places/places.txt"
};
static const unsigned char regions[] = {
#embed "../../data/regions/regions.txt"
};
static const unsigned char streets[] = {
#embed "../../data/streets/streets.txt"
};
static const unsigned char street_words[] = {
#embed "../../data/streets/street-words.txt"
};
static const unsigned char institution_words[] = {
#embed "../../data/institutions/institution-words.txt"
};
static const unsigned char organisations[] = {
#embed "../../data/institutions/organisations.txt"
};

const unsigned char *herstelsite_lexicon_bytes(herstelsite_lexicon lexicon, unsigned long *count) {
    switch (lexicon) {
#define LEXICON(name) \
    case herstelsite_lexicon_##name: *count = sizeof name; return name;
        HERSTELSITE_LEXICONS(LEXICON)
#undef LEXICON
    }
    *count = 0;
    return 0;
}
