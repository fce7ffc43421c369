#include "rules/rule_cache.h"

#include <elf.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <utility>
#include <vector>

#include "base/atomic_file.h"
#include "base/file_io.h"
#include "base/sha256.h"
#include "rules/program_codec.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

// The first line of every entry; a file without it is not one of ours. The
// second is the SHA-256 of everything after it, so that any damage is a miss.
constexpr std::string_view kMagic = "grantcheck compiled rules\n";

// The GNU build id note of the main program, which the linker derives from the
// binary's contents: a rebuilt grantcheck never reads an older one's entries.
int FindBuildId(dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const auto* p = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
    const unsigned char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, p, sizeof note);
      const unsigned char* name = p + sizeof note;
      const unsigned char* desc = name + ((note.n_namesz + 3) & ~3u);
      const unsigned char* next = desc + ((note.n_descsz + 3) & ~3u);
      if (next > end) break;
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        static constexpr char kHex[] = "0123456789abcdef";
        for (uint32_t k = 0; k < note.n_descsz; ++k) {
          *out += kHex[desc[k] >> 4];
          *out += kHex[desc[k] & 0xf];
        }
        return 1;
      }
      p = next;
    }
  }
  return 1;  // only the first object, the main program, is looked at
}

std::string BinaryBuildId() {
  std::string id;
  dl_iterate_phdr(FindBuildId, &id);
  return id;
}

// The entry for the rule file `path`: named by its absolute path, so that the
// same relative name in two directories does not share one.
std::string EntryPath(const RuleCache& cache, const std::string& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  return (fs::path(cache.dir) / (Sha256Hex(ec ? path : absolute.string()).substr(0, 32) + ".rules"))
      .string();
}

// Whether `dir` may hold entries this user trusts: a directory of this user's
// that no one else may write to. An entry planted by someone else could make
// any application pass, so a cache in a shared place is not used at all.
bool Private(const std::string& dir) {
  struct stat st {};
  return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::geteuid() &&
         (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

// Reads "TEXT\n" from the front of `in`.
std::optional<std::string_view> Line(std::string_view& in) {
  const size_t end = in.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view line = in.substr(0, end);
  in.remove_prefix(end + 1);
  return line;
}

// Reads "SIZE BYTES" from the front of `in`: a length, a space, and that many bytes.
std::optional<std::string_view> Sized(std::string_view& in) {
  size_t n = 0;
  const auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), n);
  if (ec != std::errc() || end == in.data() + in.size() || *end != ' ') return std::nullopt;
  in.remove_prefix(static_cast<size_t>(end - in.data()) + 1);
  if (n > in.size()) return std::nullopt;
  std::string_view bytes = in.substr(0, n);
  in.remove_prefix(n);
  return bytes;
}

// Whether the rule file a cached program was made from still has the bytes it
// had: the one being loaded, whose hash is `sha256`, and the files it extends,
// read again.
bool Unchanged(const RuleSource& source, const std::string& path, const std::string& sha256) {
  if (source.path == path) return sha256 == source.sha256;
  const FileText file = ReadInput(source.path);
  return file.text && Sha256Hex(*file.text) == source.sha256;
}

std::optional<LoadedProgram> Decode(const RuleCache& cache, const std::string& path,
                                    const std::string& sha256, std::string_view in) {
  if (!in.starts_with(kMagic)) return std::nullopt;
  in.remove_prefix(kMagic.size());
  // The whole entry is verified before any of it is believed: the decoder
  // checks structure, and a changed digit of a threshold is still well formed.
  const std::optional<std::string_view> digest = Line(in);
  if (!digest || *digest != Sha256Hex(in)) return std::nullopt;
  if (Line(in) != std::optional<std::string_view>(cache.binary_id)) return std::nullopt;
  const std::optional<std::string_view> count = Line(in);
  size_t n = 0;
  if (!count || std::from_chars(count->data(), count->data() + count->size(), n).ec != std::errc()) {
    return std::nullopt;
  }
  LoadedProgram out;
  for (size_t i = 0; i < n; ++i) {
    const std::optional<std::string_view> sha = Line(in);
    const std::optional<std::string_view> source = Sized(in);
    if (!sha || !source || !Line(in)) return std::nullopt;
    out.sources.push_back(RuleSource{std::string(*source), std::string(*sha)});
  }
  // The entry is for this very path (not another spelled the same absolutely),
  // and nothing it was made from has changed since.
  if (out.sources.empty() || out.sources.front().path != path) return std::nullopt;
  for (const RuleSource& source : out.sources) {
    if (!Unchanged(source, path, sha256)) return std::nullopt;
  }
  out.program = DecodeProgram(in);
  if (!out.program) return std::nullopt;
  return out;
}

}  // namespace

std::optional<RuleCache> RuleCacheFromEnvironment() {
  const char* off = std::getenv("GRANTCHECK_NO_CACHE");
  if (off != nullptr && *off != '\0' && std::string_view(off) != "0") return std::nullopt;
  std::string dir;
  if (const char* d = std::getenv("GRANTCHECK_CACHE_DIR"); d != nullptr && *d != '\0') {
    dir = d;
  } else if (const char* x = std::getenv("XDG_CACHE_HOME"); x != nullptr && *x == '/') {
    dir = std::string(x) + "/grantcheck";  // the XDG spec ignores a relative path
  } else if (const char* h = std::getenv("HOME"); h != nullptr && *h == '/') {
    dir = std::string(h) + "/.cache/grantcheck";
  } else {
    return std::nullopt;
  }
  std::string id = BinaryBuildId();
  if (id.empty()) return std::nullopt;
  return RuleCache{std::move(dir), std::move(id)};
}

std::optional<LoadedProgram> FindCachedRules(const RuleCache& cache, const std::string& path,
                                             const std::string& sha256) {
  try {
    if (!Private(cache.dir)) return std::nullopt;
    const std::string entry_path = EntryPath(cache, path);
    struct stat st {};
    if (::stat(entry_path.c_str(), &st) != 0 || st.st_uid != ::geteuid()) return std::nullopt;
    const FileText entry = ReadInput(entry_path);
    if (!entry.text) return std::nullopt;
    return Decode(cache, path, sha256, *entry.text);
  } catch (const std::exception&) {  // out of memory; a miss like any other
    return std::nullopt;
  }
}

std::string EncodeCacheEntry(const RuleCache& cache, const std::string& path,
                             const LoadedProgram& loaded) {
  if (!loaded.program || !loaded.diagnostics.empty() || loaded.sources.empty() ||
      loaded.sources.front().path != path) {
    return "";
  }
  std::string bytes = cache.binary_id + "\n" + std::to_string(loaded.sources.size()) + "\n";
  for (const RuleSource& source : loaded.sources) {
    bytes += source.sha256 + "\n" + std::to_string(source.path.size()) + " " + source.path + "\n";
  }
  bytes += EncodeProgram(*loaded.program);
  return std::string(kMagic) + Sha256Hex(bytes) + "\n" + bytes;
}

std::optional<LoadedProgram> DecodeCacheEntry(const RuleCache& cache, const std::string& path,
                                              const std::string& sha256, std::string_view entry) {
  try {
    return Decode(cache, path, sha256, entry);
  } catch (const std::exception&) {  // out of memory; a miss like any other
    return std::nullopt;
  }
}

void StoreCachedRules(const RuleCache& cache, const std::string& path,
                      const LoadedProgram& loaded) {
  try {
    const std::string bytes = EncodeCacheEntry(cache, path, loaded);
    if (bytes.empty()) return;
    // The directory is made for this user alone (its parents as any other).
    std::error_code ec;
    fs::create_directories(fs::path(cache.dir).parent_path(), ec);
    ::mkdir(cache.dir.c_str(), 0700);
    if (!Private(cache.dir)) return;
    std::string error;
    std::unique_ptr<AtomicFile> file = AtomicFile::Open(EntryPath(cache, path), &error,
                                                        AtomicFile::Streams::kRefuse);
    if (file == nullptr) return;
    file->out().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file->Commit(&error);
  } catch (const std::exception&) {  // a cache that cannot be written is no cache
  }
}

}  // namespace grantcheck
