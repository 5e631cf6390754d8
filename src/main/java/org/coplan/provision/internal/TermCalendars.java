package org.coplan.provision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.coplan.deadlines.StatutoryDeadlines;
import org.coplan.provision.domain.BuiltInTermDates;
import org.coplan.provision.domain.SchoolYearTerms;
import org.coplan.provision.domain.TermCalendar;
import org.springframework.stereotype.Service;

/**
 * A school's calendar: for each school year, the school's own term dates if it set them, else its
 * local authority's, else the built-in dates for England ({@link BuiltInTermDates}, UNCONFIRMED).
 * Bank holidays are those of {@link org.coplan.deadlines.WorkingDays} (England, "eng", by default).
 */
@Service
public class TermCalendars {

    private final TermDatesStore store;
    private final StatutoryDeadlines deadlines;
    private final Map<Integer, Set<LocalDate>> bankHolidays = new ConcurrentHashMap<>();

    TermCalendars(TermDatesStore store, StatutoryDeadlines deadlines) {
        this.store = store;
        this.deadlines = deadlines;
    }

    /** The calendar of a school (null: none known) in a local authority. */
    public TermCalendar forSchool(UUID authority, UUID school) {
        List<UUID> owners = school == null ? List.of(authority) : List.of(authority, school);
        Map<UUID, List<SchoolYearTerms>> stored = store.forOwners(owners);
        return calendar(stored.getOrDefault(authority, List.of()), school == null ? List.of() : stored.getOrDefault(school, List.of()));
    }

    /**
     * Every school's calendar in the authority, in one query: for a batch of cases. Call
     * {@link Batch#forSchool} with each case's school.
     */
    public Batch forAuthority(UUID authority, java.util.Collection<UUID> schools) {
        List<UUID> owners = new ArrayList<>(schools);
        owners.add(authority);
        Map<UUID, List<SchoolYearTerms>> stored = store.forOwners(owners.stream().filter(java.util.Objects::nonNull).distinct().toList());
        return new Batch(authority, stored);
    }

    /** Calendars for many schools of one authority, each made once. */
    public final class Batch {
        private final UUID authority;
        private final Map<UUID, List<SchoolYearTerms>> stored;
        private final Map<UUID, TermCalendar> made = new ConcurrentHashMap<>();
        private TermCalendar authorityOwn;

        Batch(UUID authority, Map<UUID, List<SchoolYearTerms>> stored) {
            this.authority = authority;
            this.stored = stored;
        }

        public TermCalendar forSchool(UUID school) {
            if (school == null || !stored.containsKey(school)) {
                if (authorityOwn == null) {
                    authorityOwn = calendar(stored.getOrDefault(authority, List.of()), List.of());
                }
                return authorityOwn;
            }
            return made.computeIfAbsent(school, s -> calendar(stored.getOrDefault(authority, List.of()), stored.get(s)));
        }
    }

    TermCalendar calendar(List<SchoolYearTerms> authority, List<SchoolYearTerms> school) {
        Map<Integer, SchoolYearTerms> years = new TreeMap<>();
        BuiltInTermDates.ENGLAND.forEach(y -> years.put(y.startYear(), y));
        authority.forEach(y -> years.put(y.startYear(), y));
        school.forEach(y -> years.put(y.startYear(), y));
        return new TermCalendar(List.copyOf(years.values()), this::isBankHoliday);
    }

    private boolean isBankHoliday(LocalDate day) {
        return bankHolidays.computeIfAbsent(day.getYear(), year -> {
            var working = deadlines.workingDays();
            return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(working::isBankHoliday)
                    .collect(Collectors.toUnmodifiableSet());
        }).contains(day);
    }
}
