package org.coplan.strategic.internal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.internal.LadderActivities.LadderActivity;
import org.coplan.strategic.internal.PublicSections.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area's co-production in public: every part's public section, and every part's activities
 * with their rung of the ladder of participation, counted by rung. Counts are of activities, not
 * people, so none is hidden for being small.
 */
@Service
@Transactional(readOnly = true)
public class AreaLadder {

    private final People people;
    private final List<LadderActivities> activities;
    private final List<PublicSections> sections;

    AreaLadder(People people, List<LadderActivities> activities, List<PublicSections> sections) {
        this.people = people;
        this.activities = activities;
        this.sections = sections;
    }

    /** The local authority with this id; not found for an unknown id or any other kind of organisation. */
    public Organisation authority(UUID laId) {
        return people.organisation(new OrganisationId(laId))
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .orElseThrow(NotFound::new);
    }

    /** Every part's public section for the area, in order. */
    public List<Section> sections(UUID laId) {
        return sections.stream()
                .map(s -> s.section(laId))
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(Section::order))
                .toList();
    }

    /** Every part's public activities in the area, newest first. */
    public List<LadderActivity> activities(UUID laId) {
        return activities.stream()
                .flatMap(a -> a.activities(laId).stream())
                .sorted(Comparator.comparing(LadderActivity::on, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** How many public activities stand on each rung, every rung listed (zero included), lowest first. */
    public Map<Rung, Integer> counts(UUID laId) {
        return counts(activities(laId));
    }

    public static Map<Rung, Integer> counts(List<LadderActivity> activities) {
        Map<Rung, Integer> counts = new EnumMap<>(Rung.class);
        for (Rung r : Rung.values()) {
            counts.put(r, 0);
        }
        activities.forEach(a -> counts.merge(a.rung(), 1, Integer::sum));
        return counts;
    }
}
