// grantcheck's entry point; everything else is in the core library.
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  // Nothing writes through C stdio, and unsynchronised, std::cout writes a long
  // jsonl line with one system call instead of one per stdio buffer.
  std::ios::sync_with_stdio(false);
  return grantcheck::RunCli(argc, argv, std::cout, std::cerr);
}
