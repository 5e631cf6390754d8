package org.coplan.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.cases.CaseFigures;
import org.coplan.cases.CaseId;
import org.coplan.cases.FamilyChoices;
import org.coplan.cases.Involvement;
import org.springframework.stereotype.Component;

/**
 * {@code involvement.chosen.<LEVEL>}: how many family members on the cases' teams now chose each
 * level of involvement. A choice is kept as it stands, with no history, so the counts are those of
 * today, given in today's term (when that term is one asked for). One query whatever the number of
 * cases.
 */
@Component
public class InvolvementChoiceFigures implements CaseFigures {

    private final FamilyChoices choices;
    private final Clock clock;

    InvolvementChoiceFigures(FamilyChoices choices, Clock clock) {
        this.choices = choices;
        this.clock = clock;
    }

    @Override
    public List<Figure> figures(Collection<CaseId> cases, LocalDate from, LocalDate to) {
        String term = CaseFigures.termOf(LocalDate.now(clock));
        if (cases.isEmpty() || !CaseFigures.terms(from, to).contains(term)) {
            return List.of();
        }
        Map<Involvement, long[]> members = new EnumMap<>(Involvement.class);
        Map<Involvement, Set<CaseId>> casesOf = new EnumMap<>(Involvement.class);
        for (Involvement level : Involvement.values()) {
            members.put(level, new long[1]);
            casesOf.put(level, new HashSet<>());
        }
        for (FamilyChoices.Chosen c : choices.onCases(cases)) {
            if (c.onTeamNow()) {
                members.get(c.involvement())[0]++;
                casesOf.get(c.involvement()).add(c.caseId());
            }
        }
        List<Figure> out = new ArrayList<>();
        for (Involvement level : Involvement.values()) {
            int n = casesOf.get(level).size();
            out.add(new Figure("involvement", "involvement.chosen." + level.name(), term, Measure.COUNT, members.get(level)[0], 0, n, n));
        }
        return out;
    }
}
