#include "layout/title_key.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "layout/labels.h"

namespace signpost::layout_detail {
namespace {

// ASCII letters compared without case ("next" in "Now & next" is the label
// "Next"); other bytes as they are.
bool same_word(const std::string& a, const std::string& b) {
    return !a.empty() && a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t end = std::min(text.find(' ', i), text.size());
        if (end > i) {
            out.push_back(text.substr(i, end - i));
        }
        i = end + 1;
    }
    return out;
}

}  // namespace

TextBlock tint_title_key(PageContext& pc, TextBlock title) {
    const Bilingual now = pc.pick(label(Label::now));
    const Bilingual next = pc.pick(label(Label::next));
    for (TextLine& line : title.lines) {
        std::vector<TextRun> runs;
        for (TextRun& run : line.runs) {
            const std::string& now_word = run.second_language ? now.secondary : now.primary;
            const std::string& next_word = run.second_language ? next.secondary : next.primary;
            const auto tone_of = [&](const std::string& word) {
                if (same_word(word, now_word)) {
                    return Tone::now;
                }
                return same_word(word, next_word) ? Tone::next : run.tone;
            };
            const std::vector<std::string> words = words_of(run.text);
            // A run with no key word (or one word) stays as it was.
            const bool keyed = std::any_of(words.begin(), words.end(),
                                           [&](const auto& w) { return tone_of(w) != run.tone; });
            if (!keyed || words.size() < 2) {
                if (keyed) {
                    run.tone = tone_of(words.front());
                }
                runs.push_back(std::move(run));
                continue;
            }
            const float space = pc.ts.width(" ", run.style);
            size_t i = 0;
            while (i < words.size()) {
                const Tone tone = tone_of(words[i]);
                std::string text = words[i];
                size_t j = i + 1;
                for (; j < words.size() && tone_of(words[j]) == tone; ++j) {
                    text += " " + words[j];
                }
                TextRun piece =
                    make_run(pc.ts, std::move(text), run.style, tone, run.second_language);
                piece.role = run.role;
                piece.gap_before = i == 0 ? run.gap_before : space;
                runs.push_back(std::move(piece));
                i = j;
            }
        }
        line.runs = std::move(runs);
        line.width = 0;
        for (const TextRun& r : line.runs) {
            line.width += r.gap_before + r.width;
        }
    }
    return title;
}

}  // namespace signpost::layout_detail
