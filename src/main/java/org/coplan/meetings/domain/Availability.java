package org.coplan.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.cases.UnavailableSlot;

/**
 * Checks proposed times against the regular times each attendee has said they cannot attend. A
 * clash is a warning: the organiser may keep the time if they say why.
 */
public final class Availability {

    /** A proposed time (by its position, from 0) that falls in a time an attendee cannot attend. */
    public record Clash(int time, UUID memberId, UnavailableSlot slot) {}

    private Availability() {}

    public static List<Clash> clashes(List<ProposedTime> times, Map<UUID, Set<UnavailableSlot>> unavailable) {
        List<Clash> found = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            ProposedTime t = times.get(i);
            for (Map.Entry<UUID, Set<UnavailableSlot>> e : unavailable.entrySet()) {
                for (UnavailableSlot slot : e.getValue()) {
                    if (slot.day() == t.starts().getDayOfWeek()
                            && slot.part().overlaps(t.starts().toLocalTime(), t.endsOnTheDay())) {
                        found.add(new Clash(i, e.getKey(), slot));
                    }
                }
            }
        }
        return found;
    }
}
