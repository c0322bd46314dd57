// The replay driver linked with every fuzz harness in every build (gcc too): runs the harness once on the
// empty input and on each file in the directories given on the command line (the regression corpus, then
// the seed corpus), so an input that once crashed or blew up stays fixed without libFuzzer. A crash or a
// sanitizer report fails the CTest test; so does a peak RSS above FARSIGHT_FUZZ_RSS_LIMIT_MB (default 512),
// which is how a decoder that amplifies a body (issue 10 defect 2) shows up here.

#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

std::vector<std::filesystem::path> filesIn(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool run(const std::string &name, const std::vector<uint8_t> &bytes, long limitMiB)
{
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
    const long peak = peakRssMiB();
    if (peak > limitMiB) {
        std::fprintf(stderr, "FAIL %s: peak RSS %ld MiB > %ld MiB\n", name.c_str(), peak, limitMiB);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    const char *limitText = std::getenv("FARSIGHT_FUZZ_RSS_LIMIT_MB");
    const long limitMiB = limitText ? std::atol(limitText) : 512;
    int count = 0;
    bool ok = run("<empty>", {}, limitMiB);
    for (int i = 1; i < argc && ok; ++i) {
        for (const auto &file : filesIn(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            ok = run(file.string(), bytes, limitMiB);
            ++count;
            if (!ok)
                break;
        }
    }
    std::printf("%s: %d inputs replayed, peak RSS %ld MiB\n", ok ? "PASS" : "FAIL", count, peakRssMiB());
    return ok ? 0 : 1;
}
