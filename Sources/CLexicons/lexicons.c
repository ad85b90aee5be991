// The lexicons are read from data/ when the binary is compiled (C23 #embed), so the files
// the generators write are the data the gate uses, with no generated copy to keep in step
// and nothing to compile but bytes.
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
        LEXICON(surnames)
        LEXICON(municipalities)
        LEXICON(places)
        LEXICON(regions)
        LEXICON(streets)
        LEXICON(street_words)
        LEXICON(institution_words)
        LEXICON(organisations)
#undef LEXICON
    }
    *count = 0;
    return 0;
}
