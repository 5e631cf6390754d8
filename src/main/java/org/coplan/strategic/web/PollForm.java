package org.coplan.strategic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.web.DateFields;
import org.coplan.strategic.domain.PollRules;
import org.coplan.strategic.domain.PollRules.PartDraft;
import org.coplan.strategic.domain.PollRules.QuestionDraft;
import org.coplan.strategic.domain.QuestionKind;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.Polls;
import org.springframework.util.MultiValueMap;

/**
 * The poll or consultation form as typed, kept to show back. A poll is one part with one question;
 * a consultation has an introduction and parts, each with its text and up to five questions. Slots
 * left wholly empty are dropped; "Add another part" and "Add another question" add a slot without JavaScript.
 */
final class PollForm {

    static final class QuestionSlot {
        String text = "";
        String kind = "";
        String options = "";
        String low = "";
        String high = "";

        public String getText() { return text; }
        public String getKind() { return kind; }
        public String getOptions() { return options; }
        public String getLow() { return low; }
        public String getHigh() { return high; }

        boolean empty() {
            return text.isBlank() && options.isBlank() && low.isBlank() && high.isBlank();
        }
    }

    static final class PartSlot {
        String document = "";
        final List<QuestionSlot> questions = new ArrayList<>();

        public String getDocument() { return document; }
        public List<QuestionSlot> getQuestions() { return questions; }
    }

    boolean consultation;
    String title = "";
    String introduction = "";
    String topic = "";
    String closesDay = "";
    String closesMonth = "";
    String closesYear = "";
    String closesTime = "";
    String anonymous = "";
    String resultsHidden = "";
    String rung = "";
    int version;
    final List<PartSlot> parts = new ArrayList<>();

    public boolean isConsultation() { return consultation; }
    public String getTitle() { return title; }
    public String getIntroduction() { return introduction; }
    public String getTopic() { return topic; }
    public String getClosesDay() { return closesDay; }
    public String getClosesMonth() { return closesMonth; }
    public String getClosesYear() { return closesYear; }
    public String getClosesTime() { return closesTime; }
    public String getAnonymous() { return anonymous; }
    public String getResultsHidden() { return resultsHidden; }
    public String getRung() { return rung; }
    public int getVersion() { return version; }
    public List<PartSlot> getParts() { return parts; }

    static PollForm blank(boolean consultation) {
        PollForm f = new PollForm();
        f.consultation = consultation;
        PartSlot part = new PartSlot();
        part.questions.add(new QuestionSlot());
        f.parts.add(part);
        f.anonymous = "no";
        f.resultsHidden = "no";
        return f;
    }

    static PollForm of(Polls.Poll p) {
        PollForm f = new PollForm();
        f.consultation = p.consultation();
        f.title = p.title();
        f.introduction = p.introduction();
        f.topic = p.topic() == null ? "" : p.topic().name();
        var at = p.closesAt().atZone(ClockConfiguration.ZONE);
        f.closesDay = String.valueOf(at.getDayOfMonth());
        f.closesMonth = String.valueOf(at.getMonthValue());
        f.closesYear = String.valueOf(at.getYear());
        f.closesTime = String.format("%02d:%02d", at.getHour(), at.getMinute());
        f.anonymous = p.anonymous() ? "yes" : "no";
        f.resultsHidden = p.resultsHidden() ? "yes" : "no";
        f.rung = p.rung().name();
        f.version = p.version();
        for (Polls.Part part : p.parts()) {
            PartSlot ps = new PartSlot();
            ps.document = part.document();
            for (Polls.Question q : part.questions()) {
                QuestionSlot qs = new QuestionSlot();
                qs.text = q.question();
                qs.kind = q.kind().name();
                qs.options = String.join("\n", q.options());
                qs.low = q.lowLabel() == null ? "" : q.lowLabel();
                qs.high = q.highLabel() == null ? "" : q.highLabel();
                ps.questions.add(qs);
            }
            f.parts.add(ps);
        }
        return f;
    }

    static PollForm read(MultiValueMap<String, String> in) {
        PollForm f = new PollForm();
        f.consultation = "true".equals(in.getFirst("consultation"));
        f.title = v(in, "title");
        f.introduction = v(in, "introduction");
        f.topic = v(in, "topic");
        f.closesDay = v(in, "closesDay");
        f.closesMonth = v(in, "closesMonth");
        f.closesYear = v(in, "closesYear");
        f.closesTime = v(in, "closesTime");
        f.anonymous = v(in, "anonymous");
        f.resultsHidden = v(in, "resultsHidden");
        f.rung = v(in, "rung");
        f.version = number(v(in, "version"), 0, 0, Integer.MAX_VALUE);
        int partCount = f.consultation ? number(v(in, "partCount"), 1, 1, PollRules.MAX_PARTS) : 1;
        for (int i = 0; i < partCount; i++) {
            PartSlot ps = new PartSlot();
            ps.document = f.consultation ? v(in, "p" + i + "doc") : "";
            int qCount = f.consultation ? number(v(in, "p" + i + "qcount"), 1, 1, PollRules.MAX_QUESTIONS) : 1;
            for (int j = 0; j < qCount; j++) {
                String n = "p" + i + "q" + j;
                QuestionSlot qs = new QuestionSlot();
                qs.text = v(in, n + "text");
                qs.kind = v(in, n + "kind");
                qs.options = v(in, n + "options");
                qs.low = v(in, n + "low");
                qs.high = v(in, n + "high");
                ps.questions.add(qs);
            }
            f.parts.add(ps);
        }
        return f;
    }

    /** Adds an empty part, or an empty question to part {@code part}; false when there is no room. */
    boolean addPart() {
        if (parts.size() >= PollRules.MAX_PARTS) {
            return false;
        }
        PartSlot ps = new PartSlot();
        ps.questions.add(new QuestionSlot());
        parts.add(ps);
        return true;
    }

    boolean addQuestion(int part) {
        if (part < 0 || part >= parts.size() || parts.get(part).questions.size() >= PollRules.MAX_QUESTIONS) {
            return false;
        }
        parts.get(part).questions.add(new QuestionSlot());
        return true;
    }

    /**
     * The parts as the rules see them. Empty question slots at the end of a part and empty parts at
     * the end are dropped (so a problem's field name still points at the slot it is about).
     */
    List<PartDraft> drafts() {
        List<PartDraft> drafts = new ArrayList<>();
        int lastPart = parts.size() - 1;
        while (lastPart > 0 && parts.get(lastPart).document.isBlank() && parts.get(lastPart).questions.stream().allMatch(QuestionSlot::empty)) {
            lastPart--;
        }
        for (int i = 0; i <= lastPart; i++) {
            PartSlot ps = parts.get(i);
            int last = ps.questions.size() - 1;
            while (last > 0 && ps.questions.get(last).empty()) {
                last--;
            }
            List<QuestionDraft> qs = new ArrayList<>();
            for (int j = 0; j <= last; j++) {
                QuestionSlot q = ps.questions.get(j);
                qs.add(new QuestionDraft(q.text, kind(q.kind), options(q.options), q.low, q.high));
            }
            drafts.add(new PartDraft(ps.document, qs));
        }
        return drafts;
    }

    static List<String> options(String typed) {
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static QuestionKind kind(String s) {
        try {
            return s.isBlank() ? null : QuestionKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Rung rungValue() {
        try {
            return rung.isBlank() ? null : Rung.valueOf(rung);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Topic topicValue() {
        try {
            return topic.isBlank() ? null : Topic.valueOf(topic);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$", Pattern.CASE_INSENSITIVE);

    /** The closing date and time in UK time, or null when either cannot be read. */
    Instant closesAt() {
        DateFields.Result d = DateFields.parse(closesDay, closesMonth, closesYear);
        if (!d.ok()) {
            return null;
        }
        LocalTime t = time(closesTime);
        if (t == null) {
            return null;
        }
        LocalDate date = d.date();
        return ZonedDateTime.of(date, t, ClockConfiguration.ZONE).toInstant();
    }

    static LocalTime time(String typed) {
        Matcher m = TIME.matcher(typed.strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            h = h % 12 + ("pm".equalsIgnoreCase(half) ? 12 : 0);
        }
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h, min);
    }

    private static String v(Map<String, List<String>> in, String name) {
        List<String> values = in.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    private static int number(String s, int otherwise, int min, int max) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
