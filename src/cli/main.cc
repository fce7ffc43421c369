// grantcheck's entry point; everything else is in the core library.
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) { return grantcheck::RunCli(argc, argv, std::cout, std::cerr); }
