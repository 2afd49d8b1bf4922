#include "layout/labels.h"

#include <cctype>
#include <string>

namespace signpost::layout_detail {
namespace {

struct Entry {
    Label key;
    const char* ko;
    const char* en;
};

constexpr Entry kLabels[] = {
    {Label::page_now_next, "지금 · 다음", "Now & next"},
    {Label::page_directory, "길 안내", "Directory"},
    {Label::page_upcoming, "곧 시작", "Starting soon"},
    {Label::page_waiting, "일정 대기 중", "Waiting for the schedule"},
    {Label::now, "지금", "Now"},
    {Label::next, "다음", "Next"},
    {Label::you_are_here, "현위치", "You are here"},
    {Label::nothing_now, "진행 중인 세션 없음", "Nothing on now"},
    {Label::no_more_today, "오늘 남은 세션 없음", "No more sessions today"},
    {Label::idle_rooms, "{n}분 내 세션 없음", "Nothing within {n} min"},
    {Label::starts_now, "지금", "now"},
    {Label::starts_in, "{n}분 후", "in {n} min"},
    {Label::nothing_upcoming, "{n}분 내 시작하는 세션 없음", "No sessions in the next {n} min"},
    {Label::no_rooms, "표시할 장소가 없습니다", "No rooms to show"},
    {Label::waiting_message, "일정을 불러오는 중입니다", "Waiting for the schedule"},
    {Label::page_waiting_clock, "시계 맞추는 중", "Waiting for the clock"},
    {Label::waiting_clock_message, "시계를 맞추는 중입니다", "Waiting for the clock to be set"},
    {Label::feed_updated, "{time} 업데이트", "updated {time}"},
    {Label::feed_up_to_date, "최신 정보", "up to date"},
    {Label::feed_offline, "오프라인 — {time}에 저장된 사본 표시 중 ({ago})",
     "offline — showing the copy saved at {time} ({ago})"},
    {Label::feed_offline_unknown, "오프라인 — 저장된 사본 표시 중",
     "offline — showing the saved copy"},
    {Label::feed_none, "아직 데이터 없음", "no data yet"},
    {Label::ago_just_now, "방금", "just now"},
    {Label::ago_minutes, "{n}분 전", "{n} min ago"},
    {Label::ago_hours, "{n}시간 전", "{n} h ago"},
    {Label::ago_days, "{n}일 전", "{n} days ago"},
    {Label::status_cancelled, "취소", "Cancelled"},
    {Label::status_full, "만석", "Full"},
    {Label::room_full, "만석", "Full — no entry"},
    {Label::room_closed, "폐쇄", "Closed"},
    {Label::status_full_rsvp, "마감 (RSVP 종료)", "Full (RSVP closed)"},
    {Label::status_moved, "장소 변경: {room}", "Moved to {room}"},
    {Label::status_moved_unknown, "장소 변경", "Moved"},
    {Label::banner_info, "안내", "Notice"},
    {Label::banner_warning, "주의", "Warning"},
    {Label::emergency_title, "긴급 안내", "Emergency"},
    {Label::emergency_default, "직원의 안내에 따라 대피하십시오",
     "Follow the staff's instructions to leave the building"},
};

struct KindEntry {
    const char* kind;
    const char* ko;
    const char* en;
};

constexpr KindEntry kKinds[] = {
    {"keynote", "기조연설", "Keynote"},
    {"talk", "발표", "Talk"},
    {"lab", "실습", "Lab"},
    {"hands-on", "실습", "Hands-on"},
    {"sig", "SIG", "SIG"},
    {"workshop", "워크숍", "Workshop"},
    {"tutorial", "튜토리얼", "Tutorial"},
    {"panel", "패널 토론", "Panel"},
    {"break", "휴식", "Break"},
    {"lunch", "점심", "Lunch"},
    {"social", "교류", "Social"},
    {"poster", "포스터", "Poster"},
    {"bof", "BoF", "BoF"},
    {"lightning", "라이트닝 토크", "Lightning talks"},
    {"demo", "시연", "Demo"},
    {"meeting", "회의", "Meeting"},
    {"forum", "포럼", "Forum"},
    {"registration", "등록", "Registration"},
    {"expo", "전시", "Expo"},
    {"exhibition", "전시", "Exhibition"},
};

LocalizedText both(const char* ko, const char* en) {
    LocalizedText t;
    t.set("ko", ko);
    t.set("en", en);
    return t;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

}  // namespace

LocalizedText label(Label key) {
    for (const auto& e : kLabels) {
        if (e.key == key) {
            return both(e.ko, e.en);
        }
    }
    return {};
}

LocalizedText label(Label key, std::span<const LabelArg> args) {
    LocalizedText out;
    const LocalizedText pattern = label(key);
    for (const auto& [lang, text] : pattern.variants()) {
        std::string filled = text;
        const std::string order[] = {lang, "en", "ko"};
        for (const auto& arg : args) {
            replace_all(filled, "{" + std::string(arg.name) + "}", arg.value.pick(order));
        }
        out.set(lang, std::move(filled));
    }
    return out;
}

std::optional<LocalizedText> kind_label(std::string_view kind) {
    if (kind.empty()) {
        return std::nullopt;
    }
    std::string lower(kind);
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& k : kKinds) {
        if (lower == k.kind) {
            return both(k.ko, k.en);
        }
    }
    return LocalizedText::plain(std::string(kind));
}

bool is_ordinary_kind(std::string_view kind) {
    std::string lower(kind);
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* ordinary : {"talk", "lecture", "session", "presentation"}) {
        if (lower == ordinary) {
            return true;
        }
    }
    return false;
}

LocalizedText age_label(long long seconds) {
    const long long minutes = seconds / 60;
    Label key = Label::ago_minutes;
    long long n = minutes;
    if (minutes < 1) {
        return label(Label::ago_just_now);
    }
    if (minutes >= 48 * 60) {
        key = Label::ago_days;
        n = minutes / (24 * 60);
    } else if (minutes >= 120) {
        key = Label::ago_hours;
        n = minutes / 60;
    }
    const LabelArg args[] = {{"n", LocalizedText::plain(std::to_string(n))}};
    return label(key, args);
}

}  // namespace signpost::layout_detail
