// Everything lives in the libraries that the tests link; this is only the door.
#include "app/commands.h"

int main(int argc, char** argv) {
    return signpost::signpost_main(argc, argv);
}
