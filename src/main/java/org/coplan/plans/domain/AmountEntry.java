package org.coplan.plans.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the "How much, in numbers" part of a provision item as typed, and says what is wrong with
 * it field by field. An amount is optional (a draft is written over time), but one that is given
 * must be whole: how many sessions, how often and how long each lasts. A group size and a provider
 * may be added to it, never given on their own.
 */
public final class AmountEntry {

    /** The fields of the form, as typed. Blank strings mean "not given". */
    public record Typed(String sessions, String per, String minutes, String groupCount, String providerRole, String providerPerson) {

        boolean empty() {
            return blank(sessions) && blank(per) && blank(minutes) && blank(groupCount) && blank(providerRole) && blank(providerPerson);
        }
    }

    /** One problem, beside one field: {@code key} is a message key. */
    public record Problem(String field, String key) {}

    /** The amount (null when none was given) or the problems with it. */
    public record Result(ProvisionAmount amount, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private AmountEntry() {}

    /**
     * @param roles the case role names a provider may be given as
     * @param team the ids of the people on the child's team, the only people who may be named
     */
    public static Result read(Typed t, Collection<String> roles, Set<UUID> team) {
        if (t.empty()) {
            return new Result(null, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Integer sessions = number(t.sessions(), "sessions", 1, ProvisionAmount.MAX_SESSIONS, problems);
        ProvisionAmount.Per per = null;
        if (!blank(t.per())) {
            try {
                per = ProvisionAmount.Per.valueOf(t.per().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("per", "amount.per.unknown"));
            }
        }
        Integer minutes = number(t.minutes(), "minutes", 1, ProvisionAmount.MAX_MINUTES, problems);
        Integer group = number(t.groupCount(), "groupCount", 1, ProvisionAmount.MAX_GROUP, problems);
        String role = null;
        if (!blank(t.providerRole())) {
            role = t.providerRole().strip();
            if (!roles.contains(role)) {
                problems.add(new Problem("providerRole", "amount.providerRole.unknown"));
            }
        }
        UUID person = null;
        if (!blank(t.providerPerson())) {
            try {
                person = UUID.fromString(t.providerPerson().strip());
            } catch (IllegalArgumentException e) {
                person = null;
            }
            if (person == null || !team.contains(person)) {
                problems.add(new Problem("providerPerson", "amount.providerPerson.notOnTeam"));
            }
        }
        // the rest of a part-given amount: each missing part is asked for beside its own field
        if (blank(t.sessions())) {
            problems.add(new Problem("sessions", "amount.sessions.required"));
        }
        if (blank(t.per())) {
            problems.add(new Problem("per", "amount.per.required"));
        }
        if (blank(t.minutes())) {
            problems.add(new Problem("minutes", "amount.minutes.required"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems));
        }
        return new Result(new ProvisionAmount(sessions, per, minutes, group, role, person), List.of());
    }

    private static Integer number(String typed, String field, int min, int max, List<Problem> problems) {
        if (blank(typed)) {
            return null;
        }
        String s = typed.strip();
        if (!WHOLE.matcher(s).matches()) {
            problems.add(new Problem(field, s.startsWith("-") && WHOLE.matcher(s.substring(1)).matches()
                    ? "amount." + field + ".tooFew" : "amount." + field + ".notWhole"));
            return null;
        }
        int n = Integer.parseInt(s);
        if (n < min) {
            problems.add(new Problem(field, "amount." + field + ".tooFew"));
            return null;
        }
        if (n > max) {
            problems.add(new Problem(field, "amount." + field + ".tooMany"));
            return null;
        }
        return n;
    }

    /** In the order the fields appear on the form. */
    private static List<Problem> sorted(List<Problem> problems) {
        List<String> order = List.of("sessions", "per", "minutes", "groupCount", "providerRole", "providerPerson");
        return problems.stream().sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.field()))).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
