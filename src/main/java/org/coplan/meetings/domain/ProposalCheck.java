package org.coplan.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.plans.domain.AmendmentProposal;
import org.coplan.plans.domain.AmendmentProposal.Change;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
import org.coplan.plans.domain.AmendmentProposal.Per;
import org.coplan.plans.domain.SectionCode;

/**
 * Checks the proposals an annual review makes, as typed: keep, change or stop for each item in
 * force, or a new outcome or provision item. A change needs its new words; an amount is all of
 * sessions, how often and minutes, or none of them; only items in force can be kept, changed or
 * stopped. Each problem names the field it belongs beside.
 */
public final class ProposalCheck {

    public static final int MAX_WORDS = 2_000;
    public static final int MAX_BY_WHEN = 200;

    /** One row of the form for an item in force, as typed; {@code row} numbers the fields. */
    public record Row(int row, String lineage, String choice, String words, String byWhen, String sessions, String per, String minutes,
            String groupSize) {}

    /** A new outcome or provision item, as typed. */
    public record New(String kind, String section, String words, String byWhen, String sessions, String per, String minutes,
            String groupSize, List<String> outcomes) {}

    public record Problem(String field, String key, List<Object> args) {
        static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, List.of(args));
        }
    }

    /** The proposals if every row is good, and every problem found. */
    public record Checked(List<AmendmentProposal> proposals, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ProposalCheck() {}

    /**
     * @param inForce the kind of each item in force, by lineage
     */
    public static Checked rows(List<Row> rows, Map<UUID, ItemKind> inForce) {
        List<AmendmentProposal> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Row r : rows) {
            String n = "-" + r.row();
            UUID lineage = uuid(r.lineage());
            if (lineage == null || !inForce.containsKey(lineage)) {
                problems.add(Problem.of("choice" + n, "reviewev.error.notInForce"));
                continue;
            }
            Change change = parse(Change.class, r.choice());
            if (change == null || change == Change.ADD) {
                problems.add(Problem.of("choice" + n, "reviewev.error.choiceRequired"));
                continue;
            }
            ItemKind kind = inForce.get(lineage);
            if (change != Change.CHANGE) {
                out.add(new AmendmentProposal(change, kind, lineage, null, null, null, null, null, null, null, List.of()));
                continue;
            }
            int before = problems.size();
            String words = words(r.words(), "words" + n, problems);
            String byWhen = kind == ItemKind.OUTCOME ? byWhen(r.byWhen(), "byWhen" + n, problems) : null;
            Amount a = kind == ItemKind.PROVISION ? amount(r.sessions(), r.per(), r.minutes(), r.groupSize(), n, problems) : Amount.NONE;
            if (problems.size() == before) {
                out.add(new AmendmentProposal(change, kind, lineage, null, words, byWhen, a.sessions, a.per, a.minutes, a.groupSize,
                        List.of()));
            }
        }
        return new Checked(problems.isEmpty() ? out : List.of(), problems);
    }

    /**
     * @param sections the sections a new item of each kind may go in
     * @param outcomesInForce the outcomes a new provision item may serve
     */
    public static Checked newItem(New typed, Map<ItemKind, List<SectionCode>> sections, List<UUID> outcomesInForce) {
        List<Problem> problems = new ArrayList<>();
        ItemKind kind = parse(ItemKind.class, typed.kind());
        if (kind == null) {
            problems.add(Problem.of("kind", "reviewev.error.kindRequired"));
        }
        SectionCode section = null;
        if (kind != null) {
            // only provision chooses its section; an outcome goes in the plan's outcomes section
            section = kind == ItemKind.OUTCOME || blank(typed.section()) ? sections.get(kind).get(0)
                    : parse(SectionCode.class, typed.section());
            if (section == null || !sections.get(kind).contains(section)) {
                problems.add(Problem.of("section", "reviewev.error.section"));
            }
        }
        String words = words(typed.words(), "words", problems);
        String byWhen = kind == ItemKind.OUTCOME ? byWhen(typed.byWhen(), "byWhen", problems) : null;
        Amount a = kind == ItemKind.PROVISION ? amount(typed.sessions(), typed.per(), typed.minutes(), typed.groupSize(), "", problems)
                : Amount.NONE;
        List<UUID> outcomes = new ArrayList<>();
        if (kind == ItemKind.PROVISION && typed.outcomes() != null) {
            for (String o : typed.outcomes()) {
                UUID id = uuid(o);
                if (id == null || !outcomesInForce.contains(id)) {
                    problems.add(Problem.of("outcomes", "reviewev.error.notInForce"));
                } else if (!outcomes.contains(id)) {
                    outcomes.add(id);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(List.of(), problems);
        }
        return new Checked(List.of(new AmendmentProposal(Change.ADD, kind, null, section, words, byWhen, a.sessions, a.per, a.minutes,
                a.groupSize, outcomes)), List.of());
    }

    private record Amount(Integer sessions, Per per, Integer minutes, Integer groupSize) {
        static final Amount NONE = new Amount(null, null, null, null);
    }

    private static String words(String typed, String field, List<Problem> problems) {
        if (blank(typed)) {
            problems.add(Problem.of(field, "reviewev.error.wordsRequired"));
            return null;
        }
        if (typed.length() > MAX_WORDS) {
            problems.add(Problem.of(field, "text.tooLong", MAX_WORDS));
            return null;
        }
        return typed.strip();
    }

    private static String byWhen(String typed, String field, List<Problem> problems) {
        if (blank(typed)) {
            return null;
        }
        if (typed.length() > MAX_BY_WHEN) {
            problems.add(Problem.of(field, "text.tooLong", MAX_BY_WHEN));
            return null;
        }
        return typed.strip();
    }

    /** All of sessions, how often and minutes, or none; a group size on its own is kept. */
    private static Amount amount(String sessions, String per, String minutes, String groupSize, String n, List<Problem> problems) {
        Integer group = null;
        if (!blank(groupSize)) {
            group = number(groupSize, 1, 100);
            if (group == null) {
                problems.add(Problem.of("groupSize" + n, "reviewev.error.groupSize"));
            }
        }
        if (blank(sessions) && blank(per) && blank(minutes)) {
            return new Amount(null, null, null, group);
        }
        Integer s = number(sessions, 1, 100);
        if (s == null) {
            problems.add(Problem.of("sessions" + n, "reviewev.error.sessions"));
        }
        Per p = parse(Per.class, per);
        if (p == null) {
            problems.add(Problem.of("per" + n, "reviewev.error.per"));
        }
        Integer m = number(minutes, 1, 1440);
        if (m == null) {
            problems.add(Problem.of("minutes" + n, "reviewev.error.minutes"));
        }
        return new Amount(s, p, m, group);
    }

    private static Integer number(String typed, int min, int max) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,5}")) {
            return null;
        }
        int v = Integer.parseInt(t);
        return v < min || v > max ? null : v;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
