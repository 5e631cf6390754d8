package org.coplan.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.cases.ContactChannel;
import org.coplan.cases.Involvement;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.PartOfDay;
import org.coplan.cases.SupportChoice;
import org.coplan.cases.UnavailableSlot;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participation choices, one row per family member on a case. */
@Repository
public class ParticipationStore {

    private final JdbcClient jdbc;

    ParticipationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ParticipationChoices> find(UUID memberId) {
        return jdbc.sql("select * from participation_choice where member_id = ?")
                .param(memberId)
                .query(ParticipationStore::row)
                .optional();
    }

    public Map<UUID, ParticipationChoices> findAll(Set<UUID> memberIds) {
        return jdbc.sql("select * from participation_choice where member_id = any(?)")
                .param(memberIds.toArray(UUID[]::new))
                .query(ParticipationStore::row)
                .list()
                .stream()
                .collect(Collectors.toMap(ParticipationChoices::memberId, Function.identity()));
    }

    /**
     * Saves the choices if they are unchanged since {@code basedOnVersion} (-1: there were none).
     * Returns false when someone else saved in between.
     */
    public boolean save(ParticipationChoices c, int basedOnVersion, Instant at) {
        String[] channels = c.channels().stream().map(Enum::name).toArray(String[]::new);
        String[] support = c.support().stream().map(Enum::name).toArray(String[]::new);
        if (basedOnVersion < 0) {
            return jdbc.sql("""
                    insert into participation_choice (member_id, involvement, channels, language, interpreter_needed,
                        accessibility_needs, support, cannot_attend, version, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) on conflict (member_id) do nothing""")
                    .params(c.memberId(), c.involvement().name(), channels, c.language(), c.interpreterNeeded(),
                            c.accessibilityNeeds(), support, c.cannotAttend(), Timestamp.from(at))
                    .update() == 1;
        }
        return jdbc.sql("""
                update participation_choice set involvement = ?, channels = ?, language = ?, interpreter_needed = ?,
                    accessibility_needs = ?, support = ?, cannot_attend = ?, version = version + 1, updated_at = ?
                where member_id = ? and version = ?""")
                .params(c.involvement().name(), channels, c.language(), c.interpreterNeeded(), c.accessibilityNeeds(),
                        support, c.cannotAttend(), Timestamp.from(at), c.memberId(), basedOnVersion)
                .update() == 1;
    }

    /** The member's phone number and address, if they gave any. */
    public org.coplan.cases.ContactDetails contact(UUID memberId) {
        return jdbc.sql("select phone, address_lines, postcode from participation_choice where member_id = ?")
                .param(memberId)
                .query(ParticipationStore::contactRow)
                .optional()
                .orElse(org.coplan.cases.ContactDetails.NONE);
    }

    /** Saves the member's phone number and address beside their choices (which must be saved first). */
    public void saveContact(UUID memberId, org.coplan.cases.ContactDetails contact) {
        jdbc.sql("update participation_choice set phone = ?, address_lines = ?, postcode = ? where member_id = ?")
                .params(contact.phone(), contact.addressLines().isEmpty() ? null : contact.addressLines().toArray(String[]::new),
                        contact.postcode(), memberId)
                .update();
    }

    private static org.coplan.cases.ContactDetails contactRow(ResultSet rs, int n) throws SQLException {
        Array lines = rs.getArray("address_lines");
        return new org.coplan.cases.ContactDetails(rs.getString("phone"),
                lines == null ? java.util.List.of() : Arrays.asList((String[]) lines.getArray()), rs.getString("postcode"));
    }

    /** The regular times the member has said they cannot attend, Monday morning first. */
    public Set<UnavailableSlot> unavailable(UUID memberId) {
        return jdbc.sql("select weekday, part_of_day from participation_unavailable where member_id = ?")
                .param(memberId)
                .query((rs, n) -> new UnavailableSlot(DayOfWeek.valueOf(rs.getString(1)), PartOfDay.valueOf(rs.getString(2))))
                .list()
                .stream()
                .sorted(Comparator.comparing(UnavailableSlot::day).thenComparing(UnavailableSlot::part))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Replaces the member's unavailable times with these. */
    public void saveUnavailable(UUID memberId, Set<UnavailableSlot> slots) {
        jdbc.sql("delete from participation_unavailable where member_id = ?").param(memberId).update();
        for (UnavailableSlot slot : slots) {
            jdbc.sql("insert into participation_unavailable (member_id, weekday, part_of_day) values (?, ?, ?)")
                    .params(memberId, slot.day().name(), slot.part().name())
                    .update();
        }
    }

    static ParticipationChoices row(ResultSet rs, int n) throws SQLException {
        return new ParticipationChoices(
                rs.getObject("member_id", UUID.class),
                Involvement.valueOf(rs.getString("involvement")),
                enums(rs.getArray("channels"), ContactChannel.class),
                rs.getString("language"),
                rs.getBoolean("interpreter_needed"),
                rs.getString("accessibility_needs"),
                enums(rs.getArray("support"), SupportChoice.class),
                rs.getString("cannot_attend"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray()).map(v -> Enum.valueOf(type, v)).forEach(values::add);
        return values;
    }
}
